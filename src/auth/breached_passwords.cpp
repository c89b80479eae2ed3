#include "auth/breached_passwords.hpp"

#include <algorithm>
#include <string>

#include "common/text.hpp"

namespace filet::auth {

bool is_breached_password(std::string_view password) {
  std::string folded = text::lower_ascii(std::string(password));
  return std::binary_search(kBreachedPasswords, kBreachedPasswords + kBreachedPasswordCount, std::string_view(folded));
}

}  // namespace filet::auth
