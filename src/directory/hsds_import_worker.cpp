#include "directory/hsds_import_worker.hpp"

namespace filet::directory {

DeriveWorker::DeriveWorker() : thread_([this] { run(); }) {}

DeriveWorker::~DeriveWorker() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  thread_.join();
}

void DeriveWorker::start(const Service& s) {
  {
    std::lock_guard lock(mutex_);
    job_ = &s;
    done_ = false;
  }
  changed_.notify_all();
}

service_repository::DerivedColumns DeriveWorker::take() {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return done_; });
  done_ = false;
  return std::move(result_);
}

void DeriveWorker::run() {
  std::unique_lock lock(mutex_);
  while (true) {
    changed_.wait(lock, [&] { return job_ || stopping_; });
    if (!job_) return;  // stopping, nothing in hand
    const Service* s = job_;
    lock.unlock();
    auto derived = service_repository::derive_columns(*s);
    lock.lock();
    result_ = std::move(derived);
    job_ = nullptr;
    done_ = true;
    changed_.notify_all();
  }
}

RecordPrefetcher::RecordPrefetcher(const RecordSource& source, Prepare prepare, size_t depth)
    : source_(source), prepare_(std::move(prepare)), depth_(depth), thread_([this] { run(); }) {}

RecordPrefetcher::~RecordPrefetcher() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  thread_.join();
}

Result<bool> RecordPrefetcher::next(Record& out) {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return !ready_.empty() || !end_ || !*end_; });
  if (ready_.empty()) return end_;
  used_.push_back(std::move(out));
  out = std::move(ready_.front());
  ready_.pop_front();
  // The reader, once the queue was full, waits for it to be half empty: one wake-up per
  // half queue, not one per record.
  if (ready_.size() == depth_ / 2) changed_.notify_all();
  return true;
}

void RecordPrefetcher::run() {
  std::unique_lock lock(mutex_);
  while (true) {
    if (ready_.size() >= depth_) changed_.wait(lock, [&] { return ready_.size() <= depth_ / 2 || stopping_; });
    if (stopping_) return;
    std::vector<Record> used;
    used.swap(used_);
    lock.unlock();
    used.clear();
    Record record;
    Result<bool> read = source_(record.record);
    if (read && *read) prepare_(record);
    lock.lock();
    if (!read || !*read) {
      end_ = std::move(read);
      changed_.notify_all();
      return;
    }
    ready_.push_back(std::move(record));
    if (ready_.size() == 1) changed_.notify_all();  // the importer may be waiting for it
  }
}

}  // namespace filet::directory
