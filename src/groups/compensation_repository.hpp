#pragma once
// The SQL of compensation. Every statement carries a reach of groups (auth::compensation_reach:
// the organizations whose groups the reader plans), on work_groups aliased `g`.
#include <string>

#include "auth/group_policy.hpp"
#include "db/listing.hpp"
#include "db/scope.hpp"
#include "groups/compensation.hpp"

namespace filet::groups::compensation_repository {

inline constexpr db::SortKey kCompensationSorts[] = {
    {"created_at", "k.created_at"}, {"paid_on", "COALESCE(k.paid_on, '')"}, {"amount_cents", "k.amount_cents"}};

Result<Compensation> find(db::ScopedConnection& c, const auth::GroupReach& reach, const std::string& id);
// A group's compensation ("" = every reached group), newest first unless sorted otherwise.
Result<db::Page<Compensation>> list(db::ScopedConnection& c, const auth::GroupReach& reach, const std::string& group_id,
                                    const db::ListQuery& query);
Result<void> insert(db::ScopedConnection& c, const Compensation& k);
Result<void> update(db::ScopedConnection& c, const Compensation& k);  // compare-and-set on version

// One line per compensation of the reached groups, of a program ("" = any), for the totals.
Result<std::vector<CompensationLine>> lines(db::ScopedConnection& c, const auth::GroupReach& reach,
                                            const std::string& program_id);

}  // namespace filet::groups::compensation_repository
