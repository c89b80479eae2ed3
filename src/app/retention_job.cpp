#include "app/retention_job.hpp"

#include <spdlog/spdlog.h>

#include "auth/policy.hpp"
#include "families/dates.hpp"

namespace filet::app {

Result<families::RetentionRun> run_retention(families::DestructionService& destruction) {
  audit::Actor actor{"", "filet retention", ""};
  return destruction.run_retention(actor, auth::ScopeIssuer::for_host(), families::today());
}

DailyRetention::DailyRetention(families::DestructionService& destruction)
    : destruction_(destruction), thread_([this] { loop(); }) {}

DailyRetention::~DailyRetention() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

void DailyRetention::loop() {
  std::string last_day;
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    auto day = families::today();
    if (day != last_day) {
      lock.unlock();
      // Counts only: what was destroyed is in the audit log, never in a log line.
      auto run = run_retention(destruction_);
      if (run)
        spdlog::info("conservation / retention {}: {} famille(s) détruite(s) / families destroyed", day,
                     run->destroyed);
      else
        spdlog::error("conservation / retention {}: {}", day, run.error().detail);
      lock.lock();
      last_day = day;
    }
    wake_.wait_for(lock, std::chrono::hours(1), [this] { return stopping_; });
  }
}

}  // namespace filet::app
