#include "directory/service.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "common/text.hpp"
#include "directory/need_taxonomy_synonyms.hpp"
#include "directory/search_terms.hpp"

namespace filet::directory {

const std::string& Bilingual::in(std::string_view lang) const {
  if (lang == "en") return en.empty() ? fr : en;
  return fr.empty() ? en : fr;
}

std::vector<int> open_weekdays(const boost::json::object& document) {
  std::vector<int> days;
  const auto* schedules = document.if_contains("schedules");
  if (!schedules || !schedules->is_array()) return days;
  for (const auto& schedule : schedules->as_array()) {
    const auto* object = schedule.if_object();
    const auto* byday = object ? object->if_contains("byday") : nullptr;
    if (!byday || !byday->is_string()) continue;
    std::string_view list = byday->as_string();
    for (size_t d = 0; d < std::size(kRRuleDays); ++d)
      if (list.find(kRRuleDays[d]) != std::string_view::npos) days.push_back(static_cast<int>(d) + 1);
  }
  std::sort(days.begin(), days.end());
  days.erase(std::unique(days.begin(), days.end()), days.end());
  return days;
}

std::string filter_token(std::string_view kind, std::string_view value) {
  std::string token = "zz" + std::string(kind);
  for (char c : value)
    if (std::isalnum(static_cast<unsigned char>(c)))
      token += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return token;
}

namespace {
// `id` and its ancestors, guarding against loops in old data.
std::vector<std::string> lineage(const std::map<std::string, std::string>& parents, std::string id) {
  std::vector<std::string> out;
  for (int depth = 0; depth < 16 && !id.empty(); ++depth) {
    out.push_back(id);
    auto it = parents.find(id);
    id = it == parents.end() ? std::string() : it->second;
  }
  return out;
}
}  // namespace

namespace {
// The synonyms of a need and of its parent (the code before the last dot), as people type them.
std::string need_words(const NeedRef& need) {
  std::string words(need_synonyms(need.code));
  if (auto dot = need.code.rfind('.'); dot != std::string::npos)
    words += " " + std::string(need_synonyms(std::string_view(need.code).substr(0, dot)));
  return words;
}
}  // namespace

std::string search_text(const Service& s) {
  std::string all;
  auto add = [&](const std::string& text) {
    if (!text.empty()) all += text + " ";
  };
  add(s.name.fr);
  add(s.name.en);
  add(s.organization_name);
  for (const auto& need : s.needs) {
    add(need.name_fr);
    add(need.name_en);
    add(need_words(need));
  }
  add(s.description.fr);
  add(s.description.en);
  add(s.eligibility.fr);
  add(s.eligibility.en);
  return index_text(text::fold(all));
}

std::string search_text_version() {
  char fingerprint[17];
  std::snprintf(fingerprint, sizeof fingerprint, "%016llx",
                static_cast<unsigned long long>(need_synonyms_fingerprint()));
  return std::string(kSearchTextVersion) + "-" + fingerprint;
}

std::string needs_key(const Service& s) {
  std::string key;
  for (const auto& n : s.needs) key += text::fold(n.name_fr + " " + n.name_en + " " + need_words(n)) + " ";
  return key;
}

std::string filter_text(const Service& s, const Hierarchies& hierarchies) {
  std::string tokens;
  for (const auto& t : s.territory_ids)
    for (const auto& id : lineage(hierarchies.territory_parent, t)) tokens += " " + filter_token("ter", id);
  for (const auto& n : s.needs)
    for (const auto& id : lineage(hierarchies.term_parent, n.id)) tokens += " " + filter_token("need", id);
  for (const auto& code : s.language_codes) tokens += " " + filter_token("lang", code);
  for (int day : open_weekdays(s.document)) tokens += " " + filter_token("day", std::to_string(day));
  if (s.is_free) tokens += " " + filter_token("free", "");
  return tokens;
}

}  // namespace filet::directory
