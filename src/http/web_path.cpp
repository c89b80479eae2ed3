#include "http/web_path.hpp"

#include <cctype>

namespace filet::http {
namespace {

// True when `raw` holds %XY for the two lower-case hex digits `hex`, in either case.
bool has_encoded(std::string_view raw, std::string_view hex) {
  for (size_t i = raw.find('%'); i != std::string_view::npos && i + 2 < raw.size(); i = raw.find('%', i + 1)) {
    if (std::tolower(static_cast<unsigned char>(raw[i + 1])) == hex[0] &&
        std::tolower(static_cast<unsigned char>(raw[i + 2])) == hex[1])
      return true;
  }
  return false;
}

}  // namespace

std::optional<std::string> relative_web_path(std::string_view raw_path, std::string_view decoded_path) {
  if (decoded_path.empty() || decoded_path.front() != '/') return std::nullopt;
  // A separator or NUL that arrives encoded is never a file name character of the built app.
  if (has_encoded(raw_path, "2f") || has_encoded(raw_path, "5c") || has_encoded(raw_path, "00")) return std::nullopt;
  if (decoded_path == "/") return std::string("index.html");
  std::string_view rest = decoded_path.substr(1);
  if (rest.ends_with('/')) rest.remove_suffix(1);  // "/directory/" is the app's route "/directory"
  size_t start = 0;
  while (true) {
    size_t end = rest.find('/', start);
    std::string_view segment = rest.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
    // An empty segment is "//" (an absolute path after the root) or a trailing slash.
    if (segment.empty() || segment == "." || segment == "..") return std::nullopt;
    for (char c : segment)
      if (c == '\\' || static_cast<unsigned char>(c) < 0x20 || c == 0x7f) return std::nullopt;
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return std::string(rest);
}

}  // namespace filet::http
