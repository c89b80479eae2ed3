#include "questionnaires/campaign_population.hpp"

#include <algorithm>

namespace filet::questionnaires {

std::optional<double> response_rate(int64_t answered, int64_t invited) {
  if (invited <= 0) return std::nullopt;
  return static_cast<double>(std::clamp<int64_t>(answered, 0, invited)) / static_cast<double>(invited);
}

Attributes captured_attributes(const Attributes& mine, const std::vector<Attributes>& population, int64_t k,
                               bool anonymous) {
  if (!anonymous) return mine;
  Attributes kept = mine;
  auto shared_by = [&](const Attributes& a) {
    return std::count_if(population.begin(), population.end(), [&](const Attributes& p) {
      return (a.sector.empty() || p.sector == a.sector) && (a.setting.empty() || p.setting == a.setting) &&
             (a.cohort.empty() || p.cohort == a.cohort);
    });
  };
  // The most specific first to go: a cohort is a handful of people, a sector many.
  for (std::string* drop : {&kept.cohort, &kept.setting, &kept.sector}) {
    if (shared_by(kept) >= k) return kept;
    drop->clear();
  }
  return kept;
}

std::optional<std::string_view> attribute_of(std::string_view by) {
  if (!by.starts_with(kAttributePrefix)) return std::nullopt;
  const std::string_view name = by.substr(kAttributePrefix.size());
  for (std::string_view a : kAttributes)
    if (a == name) return a;
  return std::nullopt;
}

}  // namespace filet::questionnaires
