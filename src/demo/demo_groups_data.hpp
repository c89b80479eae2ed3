#pragma once
// What the demo's groups are made of (demo_groups.cpp draws the rest): the programs' sessions and
// checklists, seed 000's Table 2 as the organizations and practitioners of each territory, the
// logbook's words and the people's names (fictional).
#include <string_view>
#include <vector>

namespace filet::demo {

// A session of a program described in detail (paraphrased from seeds 000 and 001).
struct DemoSessionDetail {
  std::string_view description;
  int duration_minutes;
  std::string_view objectives;
};

struct DemoProgram {
  std::string_view key, name, description;
  std::vector<std::string_view> themes, checklist;
  std::vector<DemoSessionDetail> details = {};  // one per theme when described
};
const std::vector<DemoProgram>& demo_group_programs();

// One territory of Espace Intervenants: its cohort and, per organization, how many of its
// practitioners took part (seed 000, Table 2).
struct DemoTerritoryCohort {
  std::string_view territory, name, cohort;
  std::vector<std::pair<std::string_view, int>> organizations;
};
const std::vector<DemoTerritoryCohort>& demo_espace_intervenants();

extern const std::vector<std::string_view> kDemoFirstNames;
extern const std::vector<std::string_view> kDemoLastNames;
extern const std::vector<std::string_view> kDemoLogbookComments;  // one per grid dimension, several each
extern const std::vector<std::string_view> kDemoLogbookNotes;

}  // namespace filet::demo
