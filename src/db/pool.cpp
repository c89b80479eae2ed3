#include "db/pool.hpp"

namespace filet::db {

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

Result<Transaction> Transaction::begin(Connection& c) {
  TRY_VOID(c.execute(c.engine() == Engine::sqlite ? "BEGIN IMMEDIATE" : "BEGIN"));
  return Transaction(c);
}

Result<Transaction> Transaction::begin_read(Connection& c) {
  TRY_VOID(c.execute(c.engine() == Engine::sqlite ? "BEGIN" : "BEGIN READ ONLY"));
  return Transaction(c);
}

Transaction::~Transaction() {
  if (connection_) (void)connection_->execute("ROLLBACK");
}

Result<void> Transaction::commit() {
  Connection* c = connection_;
  connection_ = nullptr;
  TRY_VOID(c->execute("COMMIT"));
  return {};
}

}  // namespace filet::db
