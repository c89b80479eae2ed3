#pragma once
// The rules of accounts: unique email, argon2id passwords of 12 to 128 characters, memberships in
// existing organizations, sessions ended when an account is disabled or its password changes, and
// no admin locking themself out. Used by the API, the command line and the demo.
#include "audit/audit_log.hpp"
#include "core/listing.hpp"
#include "core/user.hpp"
#include "db/pool.hpp"

namespace filet::core {

class UserService {
 public:
  explicit UserService(db::Pool& pool) : pool_(pool) {}
  Result<Page<User>> list(const ListQuery& query);
  Result<User> get(const audit::Actor& actor, const std::string& id);
  Result<User> find_by_email(const std::string& email);
  Result<User> create(const audit::Actor& actor, const UserChanges& changes);
  Result<User> update(const audit::Actor& actor, const std::string& id, const UserChanges& changes);

 private:
  Result<User> save(const audit::Actor& actor, const std::string& id, const UserChanges& changes, bool is_new);
  db::Pool& pool_;
};

}  // namespace filet::core
