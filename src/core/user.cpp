#include "core/user.hpp"

#include <boost/json.hpp>

namespace filet::core {

boost::json::array memberships_json(const std::vector<auth::Membership>& memberships) {
  boost::json::array out;
  for (const auto& m : memberships)
    out.push_back({{"organization_id", m.organization_id},
                   {"organization_name", m.organization_name},
                   {"role", auth::role_name(m.role)}});
  return out;
}

boost::json::object to_json(const User& u) {
  return {{"id", u.id},
          {"email", u.email},
          {"name", u.name},
          {"locale", u.locale},
          {"is_admin", u.is_admin},
          {"active", u.active},
          {"memberships", memberships_json(u.memberships)},
          {"created_at", u.created_at},
          {"updated_at", u.updated_at},
          {"version", u.version}};
}

}  // namespace filet::core
