#include "directory/service.hpp"

#include <algorithm>

#include "common/text.hpp"

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
  }
  add(s.description.fr);
  add(s.description.en);
  add(s.eligibility.fr);
  add(s.eligibility.en);
  return text::fold(all);
}

}  // namespace filet::directory
