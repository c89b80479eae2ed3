#pragma once
// Law 25's destruction (issue 9, item 7): a manager destroys one family of their organization,
// after typing its code; the retention run destroys every closed family whose organization's
// retention (kDefaultRetentionYears when unset) has passed. The data key goes first, then every
// row; a tombstone of aggregate-safe fields stays; audited without content.
#include <functional>

#include "audit/audit_log.hpp"
#include "auth/principal.hpp"
#include "db/pool.hpp"
#include "db/scope.hpp"

namespace filet::families {

struct RetentionSetting {
  std::string organization_id;
  int64_t years_after_closing = 0;
  bool is_default = true;  // no setting recorded: kDefaultRetentionYears
};

struct RetentionRun {
  int64_t destroyed = 0;
  std::string today;
};

class DestructionService {
 public:
  explicit DestructionService(db::Pool& pool) : pool_(pool) {}
  // `confirm_code` must be the family's code (normalized), else a validation error naming `code`.
  Result<void> destroy(const audit::Actor& actor, const auth::Principal& principal, const db::Scope& scope,
                       const std::string& family_id, const std::string& confirm_code);
  // Destroys what is due on `today` (YYYY-MM-DD) in the organizations `scope` may change.
  Result<RetentionRun> run_retention(const audit::Actor& actor, const db::Scope& scope, const std::string& today);

  Result<RetentionSetting> retention(const auth::Principal& principal, const std::string& organization_id);
  Result<RetentionSetting> set_retention(const audit::Actor& actor, const auth::Principal& principal,
                                         const std::string& organization_id, int64_t years);

 private:
  Result<void> destroy_one(db::Connection& c, const audit::Actor& actor, const db::Scope& scope,
                           const std::string& family_id, const std::string& reason, const std::string& today);
  db::Pool& pool_;
};

}  // namespace filet::families
