#pragma once
// The SQL of two-step sign-in: sealed TOTP secrets, the last step used, recovery code hashes.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "db/database.hpp"

namespace filet::auth::two_factor_repository {

Result<bool> confirmed(db::Connection& c, const std::string& user_id);
Result<int64_t> recovery_codes_left(db::Connection& c, const std::string& user_id);
// Replaces the user's secret (sealed) by a new one, confirmed or waiting for its first code.
Result<void> set_secret(db::Connection& c, const std::string& user_id, const std::string& sealed_secret, bool confirmed,
                        const std::string& now);
Result<void> confirm(db::Connection& c, const std::string& user_id);

struct Secret {
  std::string sealed;
  int64_t last_step = 0;
};
Result<std::optional<Secret>> secret(db::Connection& c, const std::string& user_id, bool confirmed);
// Takes `step` if it is later than the last one used, in one statement: true when taken.
Result<bool> take_step(db::Connection& c, const std::string& user_id, int64_t step);

// Deletes the recovery code with this hash: true when there was one.
Result<bool> use_recovery_code(db::Connection& c, const std::string& user_id, const std::string& code_hash);
Result<void> delete_recovery_codes(db::Connection& c, const std::string& user_id);
Result<void> add_recovery_code(db::Connection& c, const std::string& user_id, const std::string& code_hash);

// Master-key rotation: every sealed secret (user id, sealed), and one resealed in place.
Result<std::vector<std::pair<std::string, std::string>>> all_sealed(db::Connection& c);
Result<void> reseal(db::Connection& c, const std::string& user_id, const std::string& sealed_secret);

Result<std::optional<std::string>> password_hash(db::Connection& c, const std::string& user_id);
// Two-step sign-in off: the secret, the recovery codes and, with `pending_too`, the sign-ins
// waiting for a code.
Result<void> remove(db::Connection& c, const std::string& user_id, bool pending_too);

}  // namespace filet::auth::two_factor_repository
