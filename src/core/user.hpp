#pragma once
// Accounts and their memberships (user x organization x role). Admin is a flag, not a
// membership: admins manage the deployment and see no family data.
#include <boost/json/array.hpp>

#include <optional>
#include <string>
#include <vector>
#include "common/json_writer.hpp"

#include "auth/principal.hpp"

namespace filet::core {

struct User {
  std::string id;
  std::string email;
  std::string name;
  std::string locale = "fr";
  bool is_admin = false;
  bool active = true;
  std::vector<auth::Membership> memberships;
  std::string created_at;
  std::string updated_at;
  int64_t version = 1;  // incremented by every change (optimistic versions)
};

struct MembershipChange {
  std::string organization_id;
  auth::Role role;
};

struct UserChanges {
  std::optional<std::string> email, name, locale, password;
  std::optional<bool> is_admin, active;
  std::optional<std::vector<MembershipChange>> memberships;
  std::optional<int64_t> version;  // the version the change was made against; none: the current one
};

inline constexpr std::string_view kLocales[] = {"fr", "en"};

// The record as the API returns it, written straight into the response (no DOM).
void write_json(JsonWriter& w, const User& u);
boost::json::array memberships_json(const std::vector<auth::Membership>& memberships);

}  // namespace filet::core
