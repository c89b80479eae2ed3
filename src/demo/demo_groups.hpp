#pragma once
// The demo's groups (issue 11): seed 000's Espace Intervenants — two co-development cohorts of
// three priority territories of Montréal, six monthly sessions each, 56 practitioners from 42
// organizations as in its Table 2, two guest parent partners at the fourth session, a logbook
// after every session, compensation to the organizations, the parents and the hosts; seed 001's
// Espace Parents — nine workshops in three newcomers' organizations with the child-care corner
// and fidelity; seed 002's IPECN — a parents–practitioners committee and two trainings of 25.
// Fixed dates in 2025–2026, every draw from a fixed seed.
#include <map>
#include <string>

#include "db/pool.hpp"
#include "files/file_store.hpp"

namespace filet::demo {

struct DemoGroupsSummary {
  int programs = 0, groups = 0, participants = 0, sessions = 0;
};

// `organization_ids` and `territory_ids` by the demo network's keys; `facilitator_id` the demo
// facilitator's account; `store` keeps the programs' materials (none: no materials).
Result<DemoGroupsSummary> load_demo_groups(db::Pool& pool, const std::map<std::string, std::string>& organization_ids,
                                           const std::map<std::string, std::string>& territory_ids,
                                           const std::string& facilitator_id, const files::FileStore* store);

}  // namespace filet::demo
