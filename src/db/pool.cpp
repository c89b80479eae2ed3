#include "db/pool.hpp"

#include <string>

namespace filet::db {
namespace {
// The unit of work open on this thread, if any (see UnitOfWork).
thread_local UnitOfWork* t_unit = nullptr;
thread_local Pool* t_unit_pool = nullptr;
}  // namespace

Pool::Lease::~Lease() {
  if (pool_ && connection_) pool_->release(std::move(connection_));
}

Result<std::unique_ptr<Pool>> Pool::open(std::string url, size_t size) {
  Url parsed = TRY(parse_url(url));
  auto first = TRY(connect(url));
  std::unique_ptr<Pool> pool(new Pool(std::move(url), size == 0 ? 1 : size, parsed.engine));
  pool->idle_.push_back(std::move(first));
  pool->open_ = 1;
  return pool;
}

Result<Pool::Lease> Pool::acquire(std::chrono::milliseconds wait) {
  if (t_unit && t_unit_pool == this) return Lease(&t_unit->connection());
  std::unique_lock lock(mutex_);
  ++counters_.acquisitions;
  if (idle_.empty() && open_ >= size_) {
    ++counters_.waits;
    if (!available_.wait_for(lock, wait, [&] { return closed_ || !idle_.empty() || open_ < size_; }))
      return fail(ErrorCode::unavailable, "database pool exhausted");
  }
  if (closed_) return fail(ErrorCode::unavailable, "database pool closed");
  if (!idle_.empty()) {
    auto c = std::move(idle_.back());
    idle_.pop_back();
    return Lease(this, std::move(c));
  }
  ++open_;
  lock.unlock();
  auto c = connect(url_);
  if (!c) {
    std::lock_guard relock(mutex_);
    --open_;
    available_.notify_one();
    return std::unexpected(c.error());
  }
  return Lease(this, std::move(*c));
}

void Pool::release(std::unique_ptr<Connection> c) {
  bool keep = c->healthy();
  if (!keep) c.reset();  // close outside the lock would be nicer, but closing is quick
  std::lock_guard lock(mutex_);
  if (keep && !closed_) {
    idle_.push_back(std::move(c));
  } else {
    --open_;
    if (!keep) ++counters_.replaced;
  }
  available_.notify_one();
}

Pool::Stats Pool::stats() const {
  std::lock_guard lock(mutex_);
  Stats s = counters_;
  s.size = size_;
  s.open = open_;
  s.in_use = open_ - idle_.size();
  return s;
}

void Pool::close(std::chrono::milliseconds wait) {
  std::unique_lock lock(mutex_);
  available_.wait_for(lock, wait, [&] { return idle_.size() == open_; });
  closed_ = true;
  if (engine_ == Engine::sqlite && !idle_.empty()) {
    // Fold the WAL back into the main file so a copied .db file is complete on its own.
    (void)idle_.front()->execute_script("PRAGMA wal_checkpoint(TRUNCATE);");
  }
  open_ -= idle_.size();
  idle_.clear();
  available_.notify_all();
}

namespace {
std::string savepoint(int depth) {
  return "filet_nested_" + std::to_string(depth);
}
}  // namespace

Result<Transaction> Transaction::begin(Connection& c) {
  if (c.transaction_depth_ > 0)
    TRY_VOID(c.execute("SAVEPOINT " + savepoint(c.transaction_depth_)));
  else
    TRY_VOID(c.execute(c.engine() == Engine::sqlite ? "BEGIN IMMEDIATE" : "BEGIN"));
  ++c.transaction_depth_;
  return Transaction(c);
}

Result<Transaction> Transaction::begin_read(Connection& c) {
  // Inside a write transaction the reads already see one state: a savepoint keeps the nesting.
  if (c.transaction_depth_ > 0)
    TRY_VOID(c.execute("SAVEPOINT " + savepoint(c.transaction_depth_)));
  else
    TRY_VOID(c.execute(c.engine() == Engine::sqlite ? "BEGIN" : "BEGIN READ ONLY"));
  ++c.transaction_depth_;
  return Transaction(c);
}

Transaction::~Transaction() {
  if (!connection_) return;
  int depth = --connection_->transaction_depth_;
  if (depth == 0) {
    (void)connection_->execute("ROLLBACK");
    return;
  }
  (void)connection_->execute("ROLLBACK TO SAVEPOINT " + savepoint(depth));
  (void)connection_->execute("RELEASE SAVEPOINT " + savepoint(depth));
}

Result<void> Transaction::commit() {
  Connection* c = connection_;
  connection_ = nullptr;
  int depth = --c->transaction_depth_;
  TRY_VOID(c->execute(depth == 0 ? std::string("COMMIT") : "RELEASE SAVEPOINT " + savepoint(depth)));
  return {};
}

Result<std::unique_ptr<UnitOfWork>> UnitOfWork::open(Pool& pool) {
  if (t_unit) return fail(ErrorCode::internal, "a unit of work is already open on this thread");
  auto lease = TRY(pool.acquire());
  std::unique_ptr<UnitOfWork> unit(new UnitOfWork(std::move(lease)));
  unit->transaction_.emplace(TRY(Transaction::begin(unit->connection())));
  t_unit = unit.get();
  t_unit_pool = &pool;
  return unit;
}

UnitOfWork::~UnitOfWork() {
  if (t_unit == this) t_unit = nullptr, t_unit_pool = nullptr;
  transaction_.reset();  // rolls back unless committed, before the connection goes back
}

Result<void> UnitOfWork::commit() {
  if (!transaction_) return fail(ErrorCode::internal, "unit of work already committed");
  auto result = transaction_->commit();
  transaction_.reset();
  return result;
}

}  // namespace filet::db
