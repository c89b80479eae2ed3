#include "questionnaires/campaign_export.hpp"

#include <charconv>

namespace filet::questionnaires {
namespace {

std::string joined(const std::vector<std::string>& values) {
  std::string out;
  for (const std::string& v : values) out += (out.empty() ? "" : " ") + v;
  return out;
}

// A number as stored (checked when answered); text if it does not read back (never lost).
exports::Cell number(const std::string& text, ItemKind kind) {
  const char* end = text.data() + text.size();
  if (kind == ItemKind::integer) {
    int64_t value = 0;
    auto [at, error] = std::from_chars(text.data(), end, value);
    if (error == std::errc() && at == end) return value;
  } else {
    double value = 0;
    auto [at, error] = std::from_chars(text.data(), end, value);
    if (error == std::errc() && at == end) return value;
  }
  return text;
}

}  // namespace

std::vector<exports::Column> answer_columns(const Version& version) {
  std::vector<exports::Column> out;
  for (const Item& item : version.items) {
    const bool text = item.kind == ItemKind::short_text || item.kind == ItemKind::long_text;
    out.push_back({item.code, text ? 40.0 : 14.0});
    if (item.other_specify) out.push_back({item.code + "/other", 30});
  }
  return out;
}

std::vector<exports::Cell> answer_row(const Version& version, const Answers& answers) {
  std::vector<exports::Cell> out;
  for (const Item& item : version.items) {
    auto found = answers.find(item.code);
    const Answer* a = found == answers.end() ? nullptr : &found->second;
    if (!a || a->values.empty())
      out.emplace_back(std::monostate{});
    else if (item.kind == ItemKind::integer || item.kind == ItemKind::decimal)
      out.push_back(number(a->values.front(), item.kind));
    else
      out.emplace_back(joined(a->values));
    if (item.other_specify) {
      if (a && !a->other.empty())
        out.emplace_back(a->other);
      else
        out.emplace_back(std::monostate{});
    }
  }
  return out;
}

}  // namespace filet::questionnaires
