#pragma once
// Law 25's retention, run by `filet retention run` and once a day by the server: every closed
// family whose organization's retention has passed is destroyed (families/destruction_service).
#include <condition_variable>
#include <mutex>
#include <thread>

#include "db/pool.hpp"
#include "families/destruction_service.hpp"

namespace filet::app {

// One run as of today (UTC), acting for whoever hosts Filet; how many families it destroyed.
Result<families::RetentionRun> run_retention(families::DestructionService& destruction);

// The server's daily run: once at start, then whenever the UTC day has changed (checked every
// hour). Stops, without waiting for the hour, when destroyed.
class DailyRetention {
 public:
  explicit DailyRetention(families::DestructionService& destruction);
  ~DailyRetention();
  DailyRetention(const DailyRetention&) = delete;
  DailyRetention& operator=(const DailyRetention&) = delete;

 private:
  void loop();
  families::DestructionService& destruction_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace filet::app
