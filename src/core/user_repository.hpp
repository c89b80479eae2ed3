#pragma once
#include <optional>

#include "core/listing.hpp"
#include "core/user.hpp"
#include "db/database.hpp"

namespace filet::core::user_repository {
Result<User> find(db::Connection& c, const std::string& id);
// The account with this (folded) e-mail, if any.
Result<std::optional<std::string>> id_by_email(db::Connection& c, const std::string& email);
Result<int64_t> count(db::Connection& c);  // every account, active or not
// The keys its list may be sorted by (?sort=name, ?sort=-updated_at); by name without one.
inline constexpr db::SortKey kSorts[] = {
    {"name", "u.search_key"}, {"email", "u.email"}, {"created_at", "u.created_at"}, {"updated_at", "u.updated_at"}};
Result<Page<User>> list(db::Connection& c, const ListQuery& query);
Result<void> save(db::Connection& c, const User& u, bool is_new);
Result<void> set_password(db::Connection& c, const std::string& id, const std::string& hash);
Result<void> set_memberships(db::Connection& c, const std::string& id,
                             const std::vector<MembershipChange>& memberships);
Result<void> end_sessions(db::Connection& c, const std::string& id);
}  // namespace filet::core::user_repository
