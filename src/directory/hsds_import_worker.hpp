#pragma once
// The import's second core: while the import reads and resolves the next record (JSON, database
// look-ups), a worker thread derives the columns of the service just resolved (search text with
// its stems, folded names, documents as JSON: a quarter of a large import's instructions). One
// service at a time; the service stays with the caller, unchanged, until `take`.
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "directory/hsds_import.hpp"
#include "directory/hsds_import_records.hpp"
#include "directory/service_repository.hpp"

namespace filet::directory {

class DeriveWorker {
 public:
  DeriveWorker();
  ~DeriveWorker();  // waits for the service in hand, then stops the thread
  DeriveWorker(const DeriveWorker&) = delete;
  DeriveWorker& operator=(const DeriveWorker&) = delete;

  // Starts deriving `s`'s columns; `s` must not change until `take`. One service at a time.
  void start(const Service& s);
  // The columns of the service given to `start`, once derived.
  service_repository::DerivedColumns take();

 private:
  void run();
  std::mutex mutex_;
  std::condition_variable changed_;
  const Service* job_ = nullptr;
  bool done_ = false, stopping_ = false;
  service_repository::DerivedColumns result_;
  std::thread thread_;  // last: started once the rest is ready
};

// Reads the records ahead, on a thread of its own (parsing a large file's JSON is a sixth of its
// import), up to `depth` records, each prepared there by `prepare` (whatever needs no database);
// hands them over in their order, then the source's end or error. The records handed over are
// freed on that thread too.
class RecordPrefetcher {
 public:
  struct Record {
    boost::json::value record;
    std::optional<FieldError> problem;                 // what makes it no record at all (not an object, NaN...)
    bool organization = false;                         // an organization record, else a service:
    Service service;                                   // read from the record, as far as it could be
    std::optional<hsds_records::Rejection> rejection;  // why it could not be
  };
  using Prepare = std::function<void(Record& record)>;
  RecordPrefetcher(const RecordSource& source, Prepare prepare, size_t depth = 64);
  ~RecordPrefetcher();  // stops reading (the record being read is finished), then the thread
  RecordPrefetcher(const RecordPrefetcher&) = delete;
  RecordPrefetcher& operator=(const RecordPrefetcher&) = delete;

  // The next record in `out`; false at the end.
  Result<bool> next(Record& out);

 private:
  void run();
  const RecordSource& source_;
  const Prepare prepare_;
  const size_t depth_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<Record> ready_;
  std::vector<Record> used_;  // handed over, then replaced by the next: to free
  Result<bool> end_ = true;   // false once the source has no more, or its error
  bool stopping_ = false;
  std::thread thread_;  // last: started once the rest is ready
};

}  // namespace filet::directory
