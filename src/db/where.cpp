#include "db/where.hpp"

namespace filet::db {

std::string contains_pattern(std::string_view folded) {
  std::string out = "%";
  for (char c : folded) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out + "%";
}

std::string placeholders(size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += i ? ", ?" : "?";
  return out;
}

}  // namespace filet::db
