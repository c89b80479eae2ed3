#include "gaps/gap_labels.hpp"

#include <map>

namespace filet::gaps {
namespace {

using Labels = std::map<std::string, std::pair<std::string, std::string>, std::less<>>;

std::string label(const Labels& labels, const std::string& code, bool french) {
  auto it = labels.find(code);
  if (it == labels.end()) return code;
  return french ? it->second.first : it->second.second;
}

}  // namespace

std::string reason_label(const std::string& code, bool french) {
  static const Labels labels{
      {"no_service", {"Aucun service", "No such service"}},
      {"waiting_list", {"Liste d’attente", "Waiting list"}},
      {"not_eligible", {"Non admissible", "Not eligible"}},
      {"cost", {"Coût", "Cost"}},
      {"transport", {"Transport ou distance", "Transport or distance"}},
      {"language", {"Langue", "Language"}},
      {"opening_hours", {"Heures d’ouverture", "Opening hours"}},
      {"immigration_status", {"Statut d’immigration de la famille", "The family’s immigration status"}},
      {"other", {"Autre", "Other"}}};
  return label(labels, code, french);
}

std::string setting_label(const std::string& code, bool french) {
  static const Labels labels{
      {"urban", {"Urbain", "Urban"}}, {"rural", {"Rural", "Rural"}}, {"mixed", {"Mixte", "Mixed"}}};
  return label(labels, code, french);
}

std::string hidden_label(const std::string& why, bool french) {
  static const Labels labels{{"primary", {"< 5", "< 5"}},
                             {"complementary", {"Masqué (complémentaire)", "Hidden (complementary)"}}};
  return label(labels, why, french);
}

}  // namespace filet::gaps
