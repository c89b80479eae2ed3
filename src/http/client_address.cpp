#include "http/client_address.hpp"

#include <algorithm>
#include <cctype>

namespace filet::http {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// IPv4 or IPv6 text (what a proxy appends); anything else is not an address.
bool looks_like_address(std::string_view s) {
  return !s.empty() && s.size() <= 45 && std::all_of(s.begin(), s.end(), [](char c) {
    return std::isxdigit(static_cast<unsigned char>(c)) || c == '.' || c == ':';
  });
}

}  // namespace

std::string client_address(std::string_view peer, const std::vector<std::string_view>& forwarded_for, unsigned hops) {
  if (hops == 0) return std::string(peer);
  std::vector<std::string_view> entries;
  for (std::string_view header : forwarded_for) {
    size_t start = 0;
    while (start <= header.size()) {
      size_t comma = header.find(',', start);
      if (comma == std::string_view::npos) comma = header.size();
      entries.push_back(trim(header.substr(start, comma - start)));
      start = comma + 1;
    }
  }
  if (entries.empty()) return std::string(peer);
  // Fewer entries than proxies: the leftmost was still appended by a trusted proxy.
  std::string_view chosen = entries.size() >= hops ? entries[entries.size() - hops] : entries.front();
  return looks_like_address(chosen) ? std::string(chosen) : std::string(peer);
}

}  // namespace filet::http
