#include "demo/demo_partnerships_repository.hpp"

namespace filet::demo::demo_partnerships_repository {

Result<std::vector<DemoOrganization>> organizations(db::Connection& c) {
  std::vector<DemoOrganization> out;
  TRY_VOID(c.each("SELECT id, sector, name FROM organizations ORDER BY id", {}, [&](const db::Row& r) {
    out.push_back({r.text(0), r.text(1), r.text(2)});
    return true;
  }));
  return out;
}

Result<std::vector<DemoMember>> choosers_of(db::Connection& c, const std::string& organization_id) {
  std::vector<DemoMember> out;
  TRY_VOID(
      c.each("SELECT user_id, role FROM memberships WHERE organization_id = ? AND role IN ('practitioner', "
             "'manager') ORDER BY user_id, role",
             {organization_id}, [&](const db::Row& r) {
               out.push_back({r.text(0), r.text(1)});
               return true;
             }));
  return out;
}

}  // namespace filet::demo::demo_partnerships_repository
