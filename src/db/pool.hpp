#pragma once
// A fixed-size pool of connections shared by the request threads. Broken connections (a dropped
// PostgreSQL link) are discarded on release and replaced on the next acquire.
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "db/database.hpp"

namespace filet::db {

class Pool {
 public:
  struct Stats {
    size_t size = 0;
    size_t open = 0;
    size_t in_use = 0;
    uint64_t acquisitions = 0;
    uint64_t waits = 0;
    uint64_t replaced = 0;
  };

  class Lease {
   public:
    Lease(Pool* pool, std::unique_ptr<Connection> c) : pool_(pool), connection_(std::move(c)) {}
    // A connection lent by the unit of work open on this thread (UnitOfWork): not returned.
    explicit Lease(Connection* lent) : pool_(nullptr), lent_(lent) {}
    Lease(Lease&&) noexcept = default;
    Lease& operator=(Lease&&) noexcept = default;
    ~Lease();
    Connection& operator*() const { return lent_ ? *lent_ : *connection_; }
    Connection* operator->() const { return lent_ ? lent_ : connection_.get(); }

   private:
    Pool* pool_;
    std::unique_ptr<Connection> connection_;
    Connection* lent_ = nullptr;
  };

  // Opens one connection at once so that a bad URL or setting fails at start.
  static Result<std::unique_ptr<Pool>> open(std::string url, size_t size);
  // While a UnitOfWork of this pool is open on the calling thread, its connection (lent).
  Result<Lease> acquire(std::chrono::milliseconds wait = std::chrono::seconds(10));
  Engine engine() const { return engine_; }
  Stats stats() const;
  // Waits for leases to come back (up to `wait`), then closes every connection.
  void close(std::chrono::milliseconds wait);

 private:
  Pool(std::string url, size_t size, Engine engine) : url_(std::move(url)), size_(size), engine_(engine) {}
  void release(std::unique_ptr<Connection> c);

  std::string url_;
  size_t size_;
  Engine engine_;
  mutable std::mutex mutex_;
  std::condition_variable available_;
  std::vector<std::unique_ptr<Connection>> idle_;
  size_t open_ = 0;
  bool closed_ = false;
  Stats counters_;
};

// A transaction, or inside another one on the same connection a savepoint of it: commit releases
// the savepoint, and leaving without commit undoes only what was done since it began.
class Transaction {
 public:
  static Result<Transaction> begin(Connection& c);
  // A read-only snapshot: several queries see the same data, and SQLite takes its read lock once.
  static Result<Transaction> begin_read(Connection& c);
  Transaction(Transaction&& other) noexcept : connection_(other.connection_) { other.connection_ = nullptr; }
  Transaction& operator=(Transaction&&) = delete;
  ~Transaction();
  Result<void> commit();

 private:
  explicit Transaction(Connection& c) : connection_(&c) {}
  Connection* connection_;
};

// Several requests as one unit of work (the offline outbox's batch, api/batch.cpp): one
// transaction, and while it is open every acquire() of the pool on this thread lends its
// connection, so each service's own transaction becomes a savepoint of it and the whole is made
// durable by one commit (one sync of the disk) instead of one per request. Not movable: the
// thread points at it.
class UnitOfWork {
 public:
  static Result<std::unique_ptr<UnitOfWork>> open(Pool& pool);
  UnitOfWork(const UnitOfWork&) = delete;
  UnitOfWork& operator=(const UnitOfWork&) = delete;
  ~UnitOfWork();  // rolls back unless committed
  Connection& connection() { return *lease_; }
  Result<void> commit();

 private:
  explicit UnitOfWork(Pool::Lease lease) : lease_(std::move(lease)) {}
  Pool::Lease lease_;
  std::optional<Transaction> transaction_;
};

}  // namespace filet::db
