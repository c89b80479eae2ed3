#pragma once
// The rules of accounts: unique email, argon2id passwords of 12 to 128 characters, memberships in
// existing organizations, sessions ended when an account is disabled or its password changes, and
// no admin locking themself out. Used by the API, the command line and the demo.
#include <functional>

#include "audit/audit_log.hpp"
#include "core/listing.hpp"
#include "core/user.hpp"
#include "db/pool.hpp"

namespace filet::core {

class UserService {
 public:
  // `on_change` is told the id of every account changed (the session cache forgets it).
  explicit UserService(db::Pool& pool, std::function<void(const std::string&)> on_change = {})
      : pool_(pool), on_change_(std::move(on_change)) {}
  Result<Page<User>> list(const ListQuery& query);
  Result<User> get(const audit::Actor& actor, const std::string& id);
  Result<User> find_by_email(const std::string& email);
  Result<User> create(const audit::Actor& actor, const UserChanges& changes);
  Result<User> update(const audit::Actor& actor, const std::string& id, const UserChanges& changes);

 private:
  Result<User> save(const audit::Actor& actor, const std::string& id, const UserChanges& changes, bool is_new);
  db::Pool& pool_;
  std::function<void(const std::string&)> on_change_;
};

}  // namespace filet::core
