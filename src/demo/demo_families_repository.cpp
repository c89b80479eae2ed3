#include "demo/demo_families_repository.hpp"

namespace filet::demo::demo_families_repository {

Result<std::vector<std::string>> practitioners(db::Connection& c, const std::string& organization_id) {
  std::vector<std::string> out;
  TRY_VOID(
      c.each("SELECT m.user_id FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.organization_id = ? "
             "AND m.role = 'practitioner' AND u.active = 1 ORDER BY u.email",
             {organization_id}, [&](const db::Row& r) {
               out.push_back(r.text(0));
               return true;
             }));
  return out;
}

Result<std::vector<std::string>> need_ids(db::Connection& c) {
  std::vector<std::string> out;
  TRY_VOID(
      c.each("SELECT id FROM taxonomy_terms WHERE parent_id IS NOT NULL ORDER BY code, id", {}, [&](const db::Row& r) {
        out.push_back(r.text(0));
        return true;
      }));
  return out;
}

}  // namespace filet::demo::demo_families_repository
