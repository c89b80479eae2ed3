#include "partnerships/key_partner_export.hpp"

namespace filet::partnerships {
namespace {

using exports::Cell;

Cell count_cell(const boost::json::value& v) {
  const auto& o = v.as_object();
  if (!o.at("count").is_null()) return o.at("count").as_int64();
  return std::string(o.at("hidden").as_string() == "primary" ? "< 5" : "—");
}

std::string criterion_label(std::string_view code, bool fr) {
  if (code == "links_families")
    return fr ? "Facilite un véritable lien entre les familles et ses ressources"
              : "Makes a real link between the families and its resources";
  if (code == "shares_dialogue")
    return fr ? "Partage des espaces de dialogue sur les approches et les pratiques"
              : "Shares spaces of dialogue on approaches and practices";
  return fr ? "Contribue à l’adaptation des pratiques" : "Contributes to adapting practices";
}

}  // namespace

std::vector<exports::Column> summary_columns(exports::Language language) {
  const bool fr = language == exports::Language::fr;
  return {{fr ? "Tableau" : "Table", 14},
          {fr ? "Catégorie ou critère" : "Category or criterion", 50},
          {fr ? "Par les personnes intervenantes" : "By practitioners", 16},
          {fr ? "Par les personnes gestionnaires" : "By managers", 16},
          {fr ? "Rempli" : "Met", 10},
          {fr ? "Non rempli" : "Not met", 10},
          {"Total", 10}};
}

std::vector<std::vector<exports::Cell>> summary_rows(const boost::json::object& summary,
                                                     const std::map<std::string, std::string>& category_labels,
                                                     exports::Language language) {
  const bool fr = language == exports::Language::fr;
  const std::string by_category = fr ? "Catégories" : "Categories";
  std::vector<std::vector<Cell>> rows;
  for (const auto& v : summary.at("by_category").as_array()) {
    const auto& row = v.as_object();
    std::string code(row.at("code").as_string());
    auto label = category_labels.find(code);
    rows.push_back({by_category, label == category_labels.end() ? code : label->second,
                    count_cell(row.at("practitioner")), count_cell(row.at("manager")), Cell{}, Cell{},
                    count_cell(row.at("total"))});
  }
  const auto& total = summary.at("by_role_total").as_object();
  rows.push_back({by_category, std::string("Total"), count_cell(total.at("practitioner")),
                  count_cell(total.at("manager")), Cell{}, Cell{}, count_cell(total.at("total"))});
  for (const auto& v : summary.at("by_criterion").as_array()) {
    const auto& row = v.as_object();
    rows.push_back({std::string(fr ? "Critères" : "Criteria"), criterion_label(row.at("code").as_string(), fr), Cell{},
                    Cell{}, count_cell(row.at("met")), count_cell(row.at("not_met")), Cell{}});
  }
  return rows;
}

}  // namespace filet::partnerships
