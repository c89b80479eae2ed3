#include "groups/participation.hpp"

#include <algorithm>
#include <boost/json/array.hpp>
#include <map>
#include <set>

namespace filet::groups {
using fields::Access;
using fields::Type;

namespace {
constexpr int64_t kMany = 1'000'000'000;
constexpr std::string_view kFormats[] = {"csv", "xlsx"};
constexpr std::string_view kLanguages[] = {"fr", "en"};

const fields::Description kTerritoryLineFields{
    "GroupParticipationTerritory",
    {{.name = "territory_id", .type = Type::id, .nullable = true, .access = Access::read_only},
     {.name = "territory_name", .type = Type::text, .access = Access::read_only},
     {.name = "organizations", .type = Type::integer, .high = kMany, .access = Access::read_only},
     {.name = "practitioners", .type = Type::integer, .high = kMany, .access = Access::read_only}}};

const fields::Description kSectorLineFields{
    "GroupParticipationSector",
    {{.name = "sector", .type = Type::text, .access = Access::read_only},
     {.name = "organizations", .type = Type::integer, .high = kMany, .access = Access::read_only}}};
}  // namespace

const fields::Description kParticipationFields{
    "GroupParticipation",
    {{.name = "territories", .type = Type::object_list, .access = Access::read_only, .nested = &kTerritoryLineFields},
     {.name = "sectors", .type = Type::object_list, .access = Access::read_only, .nested = &kSectorLineFields},
     {.name = "organizations", .type = Type::integer, .high = kMany, .access = Access::read_only},
     {.name = "practitioners", .type = Type::integer, .high = kMany, .access = Access::read_only}}};

const fields::Description kParticipationQueryFields{
    "GroupParticipationQuery",
    {{.name = "program_id", .type = Type::id, .label = {"programme de rencontres", "program of sessions"}},
     {.name = "cohort", .type = Type::text, .label = {"cohorte", "cohort"}, .max = 100}}};

const fields::Description kParticipationExportFields{
    "GroupParticipationExport",
    {{.name = "format", .type = Type::choice, .label = {"format", "format"}, .choices = kFormats},
     {.name = "lang", .type = Type::choice, .label = {"langue", "language"}, .choices = kLanguages}}};

ParticipationTables participation_tables(const std::vector<ParticipationRow>& rows) {
  struct Territory {
    std::string name;
    std::set<std::string> organizations;
    int64_t practitioners = 0;
  };
  std::map<std::string, Territory> territories;
  std::map<std::string, std::string> sector_of;  // organization -> sector
  ParticipationTables t;
  for (const auto& r : rows) {
    auto& line = territories[r.territory_id];
    line.name = r.territory_name;
    line.practitioners += r.practitioners;
    t.practitioners += r.practitioners;
    if (r.organization_id.empty()) continue;
    line.organizations.insert(r.organization_id);
    sector_of[r.organization_id] = r.sector;
  }
  for (const auto& [id, line] : territories)
    t.territories.push_back({id, line.name, static_cast<int64_t>(line.organizations.size()), line.practitioners});
  std::ranges::sort(t.territories, [](const TerritoryLine& a, const TerritoryLine& b) {
    return std::tie(a.territory_name, a.territory_id) < std::tie(b.territory_name, b.territory_id);
  });
  std::map<std::string, int64_t> sectors;
  for (const auto& [organization, sector] : sector_of) ++sectors[sector];
  for (const auto& [sector, count] : sectors) t.sectors.push_back({sector, count});
  std::ranges::stable_sort(t.sectors,
                           [](const SectorLine& a, const SectorLine& b) { return a.organizations > b.organizations; });
  t.organizations = static_cast<int64_t>(sector_of.size());
  return t;
}

boost::json::object to_json(const ParticipationTables& t) {
  boost::json::array territories, sectors;
  for (const auto& l : t.territories) {
    boost::json::value id = nullptr;
    if (!l.territory_id.empty()) id = l.territory_id;
    territories.push_back({{"territory_id", id},
                           {"territory_name", l.territory_name},
                           {"organizations", l.organizations},
                           {"practitioners", l.practitioners}});
  }
  for (const auto& s : t.sectors) sectors.push_back({{"sector", s.sector}, {"organizations", s.organizations}});
  return {{"territories", std::move(territories)},
          {"sectors", std::move(sectors)},
          {"organizations", t.organizations},
          {"practitioners", t.practitioners}};
}

}  // namespace filet::groups
