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

void write_json(JsonWriter& w, const User& u) {
  w.begin_object().field("id", u.id).field("email", u.email).field("name", u.name).field("locale", u.locale);
  w.field("is_admin", u.is_admin).field("active", u.active).key("memberships").begin_array();
  for (const auto& m : u.memberships) {
    w.begin_object().field("organization_id", m.organization_id).field("organization_name", m.organization_name);
    w.field("role", auth::role_name(m.role)).end_object();
  }
  w.end_array().field("created_at", u.created_at).field("updated_at", u.updated_at);
  w.field("version", u.version).end_object();
}

}  // namespace filet::core
