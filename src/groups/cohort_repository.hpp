#pragma once
// The SQL of the per-cohort report (cohort_figures.hpp): the groups the reader reaches (of a
// program, or all), their participants' registration, their sessions and the presences marked
// present, in four queries whatever the number of groups.
#include <string>
#include <vector>

#include "auth/group_policy.hpp"
#include "db/scope.hpp"
#include "groups/cohort_figures.hpp"

namespace filet::groups::cohort_repository {

// `outside` is set for groups whose organization the scope does not read identified.
Result<std::vector<CohortGroupFacts>> cohort_facts(db::ScopedConnection& c, const auth::GroupReach& reach,
                                                   const std::string& program_id);

}  // namespace filet::groups::cohort_repository
