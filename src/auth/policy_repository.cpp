#include "auth/policy_repository.hpp"

namespace filet::auth::policy_repository {

Result<std::vector<std::string>> program_partners(db::Connection& c, const std::string& organization_id) {
  std::vector<std::string> ids;
  TRY_VOID(
      c.each("SELECT DISTINCT other.organization_id FROM program_organizations mine "
             "JOIN programs p ON p.id = mine.program_id AND p.active = 1 "
             "JOIN program_organizations other ON other.program_id = mine.program_id "
             "WHERE mine.organization_id = ? AND other.organization_id <> ?",
             {organization_id, organization_id}, [&](const db::Row& r) {
               ids.push_back(r.text(0));
               return true;
             }));
  return ids;
}

}  // namespace filet::auth::policy_repository
