#include "directory/postal_code.hpp"

#include <cctype>

namespace filet::directory {
namespace {

char upper(char c) {
  return static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_postal_letter(char c) {
  c = upper(c);
  return c >= 'A' && c <= 'Z' && std::string_view("DFIOQU").find(c) == std::string_view::npos;
}
bool is_first_letter(char c) {
  return is_postal_letter(c) && upper(c) != 'W' && upper(c) != 'Z';
}

}  // namespace

std::optional<std::string> forward_sortation_area(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  // A9A, then optionally one separator and 9A9.
  if (text.size() < 3 || !is_first_letter(text[0]) || !is_digit(text[1]) || !is_postal_letter(text[2]))
    return std::nullopt;
  std::string_view rest = text.substr(3);
  if (!rest.empty() && (rest.front() == ' ' || rest.front() == '-')) rest.remove_prefix(1);
  if (!rest.empty() && (rest.size() != 3 || !is_digit(rest[0]) || !is_postal_letter(rest[1]) || !is_digit(rest[2])))
    return std::nullopt;
  if (rest.empty() && text.size() != 3) return std::nullopt;  // "H2X-" alone
  return std::string{upper(text[0]), text[1], upper(text[2])};
}

}  // namespace filet::directory
