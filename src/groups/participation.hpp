#pragma once
// Seed 000's Tables 2 and 3 from the records: the organizations and practitioners taking part in
// a program's groups, by the groups' territory (Table 2) and the organizations by sector
// (Table 3). Pure: from one row per territory × organization with its count of practitioners.
#include <cstdint>
#include <string>
#include <vector>

#include <boost/json/object.hpp>

#include "common/fields.hpp"

namespace filet::groups {

struct ParticipationRow {
  std::string territory_id, territory_name;  // "" for groups without a territory
  std::string organization_id, sector;       // "" for practitioners named without an organization
  int64_t practitioners = 0;
};
struct TerritoryLine {
  std::string territory_id, territory_name;
  int64_t organizations = 0, practitioners = 0;
};
struct SectorLine {
  std::string sector;
  int64_t organizations = 0;
};
// Each organization counts once per territory, once in its sector and once in the total (an
// organization taking part in two territories is in both lines but once in the total).
struct ParticipationTables {
  std::vector<TerritoryLine> territories;  // by name
  std::vector<SectorLine> sectors;         // most organizations first, then by code
  int64_t organizations = 0, practitioners = 0;
};
ParticipationTables participation_tables(const std::vector<ParticipationRow>& rows);

extern const fields::Description kParticipationFields;
extern const fields::Description kParticipationQueryFields;   // program_id, cohort
extern const fields::Description kParticipationExportFields;  // format, lang
boost::json::object to_json(const ParticipationTables& tables);

}  // namespace filet::groups
