#include "journal/journal_export.hpp"

#include <map>
#include <optional>

#include "journal/networking_repository.hpp"
#include "journal/outreach_repository.hpp"
#include "reference/reference_list_repository.hpp"

namespace filet::journal {
namespace {

constexpr int64_t kBatch = 1000;
using exports::Cell;
using exports::Language;

// Code → label of the lists an export names, in the file's language (retired entries included:
// old entries still name them).
using Labels = std::map<std::string, std::map<std::string, std::string>>;
Result<Labels> labels(db::Connection& c, const std::vector<const char*>& keys, Language language) {
  Labels out;
  for (const char* key : keys)
    for (const auto& e : TRY(reference::reference_list_repository::entries(c, key, true)))
      out[key][e.code] = language == Language::fr ? e.label_fr : e.label_en;
  return out;
}
std::string label(const Labels& all, const char* key, const std::string& code) {
  auto list = all.find(key);
  if (list == all.end()) return code;
  auto it = list->second.find(code);
  return it == list->second.end() ? code : it->second;
}
Cell optional_text(const std::string& s) {
  if (s.empty()) return std::monostate{};
  return s;
}

// Pages forward by (entry_date, id), a connection held only while a batch is read.
template <class Entry, class Filter, class After, class Write>
exports::RowSource paged(db::Pool& pool, std::shared_ptr<const db::Scope> scope, Filter filter, Language language,
                         std::initializer_list<const char*> keys, After after, Write write) {
  struct State {
    std::string date, id;
    std::optional<Labels> labels;
  };
  auto state = std::make_shared<State>();
  std::vector<const char*> lists(keys);
  return [&pool, scope, filter, language, lists, after, write, state](exports::TableWriter& writer) -> Result<bool> {
    std::vector<Entry> entries;
    {
      auto c = TRY(pool.acquire());
      if (!state->labels) state->labels = TRY(labels(*c, lists, language));
      auto scoped = scope->on(*c);
      entries = TRY(after(scoped, filter, state->date, state->id, kBatch));
    }
    for (const auto& e : entries) TRY_VOID(writer.row(write(e, *state->labels)));
    if (!entries.empty()) {
      state->date = entries.back().entry_date;
      state->id = entries.back().id;
    }
    return entries.size() == static_cast<size_t>(kBatch);
  };
}

}  // namespace

std::vector<exports::Column> outreach_columns(Language language) {
  bool fr = language == Language::fr;
  return {{"Date", 12},
          {fr ? "Organisme" : "Organization", 32},
          {fr ? "Intervenant.e" : "Worker", 24},
          {fr ? "Durée (minutes)" : "Duration (minutes)", 10},
          {fr ? "Territoire" : "Territory", 24},
          {fr ? "Quartier ou lieu" : "Neighbourhood or place", 24},
          {fr ? "Type de lieu" : "Place type", 20},
          {fr ? "Stratégie" : "Strategy", 30},
          {fr ? "Parents rejoints" : "Parents reached", 10},
          {fr ? "Dont pères ou figures paternelles" : "Of whom fathers or father figures", 10},
          {fr ? "Enfants de 5 ans ou moins" : "Children aged 5 or less", 10},
          {fr ? "Nouvelles familles" : "New families", 10},
          {fr ? "Efficacité (1 à 4)" : "Efficacy (1 to 4)", 10},
          {"Note", 40}};
}

std::vector<exports::Column> networking_columns(Language language) {
  bool fr = language == Language::fr;
  return {{"Date", 12},
          {fr ? "Organisme" : "Organization", 32},
          {fr ? "Intervenant.e" : "Worker", 24},
          {fr ? "Organisme rejoint" : "Organization reached", 32},
          {fr ? "Catégorie" : "Category", 28},
          {fr ? "Type d’activité" : "Activity kind", 22},
          {fr ? "Qui a participé" : "Who took part", 16},
          {fr ? "Efficacité (1 à 4)" : "Efficacy (1 to 4)", 10},
          {"Note", 40}};
}

exports::RowSource outreach_rows(db::Pool& pool, std::shared_ptr<const db::Scope> scope, OutreachFilter filter,
                                 Language language) {
  return paged<OutreachEntry>(pool, std::move(scope), std::move(filter), language,
                              {"outreach_strategy", "outreach_place_type"}, outreach_repository::after,
                              [](const OutreachEntry& e, const Labels& l) -> std::vector<Cell> {
                                return {exports::Date{e.entry_date},
                                        e.organization_name,
                                        e.worker_name,
                                        e.duration_minutes,
                                        optional_text(e.territory_name),
                                        optional_text(e.place),
                                        label(l, "outreach_place_type", e.place_type),
                                        label(l, "outreach_strategy", e.strategy),
                                        e.parents_reached,
                                        e.fathers_reached,
                                        e.children_seen,
                                        e.new_families,
                                        e.efficacy,
                                        optional_text(e.note)};
                              });
}

exports::RowSource networking_rows(db::Pool& pool, std::shared_ptr<const db::Scope> scope, NetworkingFilter filter,
                                   Language language) {
  bool fr = language == Language::fr;
  return paged<NetworkingEntry>(
      pool, std::move(scope), std::move(filter), language, {"organization_category", "networking_activity"},
      networking_repository::after, [fr](const NetworkingEntry& e, const Labels& l) -> std::vector<Cell> {
        std::string who = e.participants == "both"      ? (fr ? "Les deux" : "Both")
                          : e.participants == "manager" ? (fr ? "Gestionnaire" : "Manager")
                                                        : (fr ? "Travailleur.euse de proximité" : "Outreach worker");
        return {exports::Date{e.entry_date},
                e.organization_name,
                e.worker_name,
                e.partner_name.empty() ? e.partner_organization_name : e.partner_name,
                label(l, "organization_category", e.category),
                label(l, "networking_activity", e.activity),
                who,
                e.efficacy,
                optional_text(e.note)};
      });
}

}  // namespace filet::journal
