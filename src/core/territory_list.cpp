#include "core/territory_list.hpp"

namespace filet::core::territory_list {
namespace {

void append_escaped(std::string& out, std::string_view text) {
  for (char c : text) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      default:
        out += c;
    }
  }
}

// A field as written, unescaped; the common case (nothing escaped) is one copy.
std::string unescaped(std::string_view field) {
  if (field.find('\\') == std::string_view::npos) return std::string(field);
  std::string out;
  out.reserve(field.size());
  for (size_t i = 0; i < field.size(); ++i) {
    char c = field[i];
    if (c == '\\' && i + 1 < field.size()) {
      char next = field[++i];
      c = next == 't' ? '\t' : next == 'n' ? '\n' : next;
    }
    out += c;
  }
  return out;
}

}  // namespace

std::string encode(const std::vector<NamedRef>& territories) {
  std::string out;
  for (const auto& t : territories) {
    if (!out.empty()) out += '\n';
    append_escaped(out, t.id);
    out += '\t';
    append_escaped(out, t.name);
  }
  return out;
}

std::vector<NamedRef> decode(std::string_view text) {
  std::vector<NamedRef> territories;
  while (!text.empty()) {
    size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    territories.push_back({unescaped(line.substr(0, tab)), unescaped(line.substr(tab + 1))});
  }
  return territories;
}

}  // namespace filet::core::territory_list
