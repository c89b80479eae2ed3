#pragma once
// All of the service gaps' SQL. Gaps are operational data of the recording organization: its
// practitioners and managers (who read it identified) list, change and delete them; the register
// reads them as aggregates wherever the scope reads at least `aggregate`.
#include <vector>

#include "db/listing.hpp"
#include "db/scope.hpp"
#include "gaps/gap.hpp"
#include "gaps/gap_register.hpp"

namespace filet::gaps::gap_repository {

struct Filters {
  std::string organization_id, need_id, territory_id, reason, family_id, referral_id;
  std::string from, to;  // on gap_date, inclusive
};

inline constexpr db::SortKey kSorts[] = {
    {"gap_date", "g.gap_date"}, {"reason", "g.reason"}, {"created_at", "g.created_at"}, {"updated_at", "g.updated_at"}};

Result<Gap> find(db::ScopedConnection& c, const std::string& id);
// Newest first (gap_date) without a sort.
Result<db::Page<Gap>> list(db::ScopedConnection& c, const Filters& filters, const db::ListQuery& query);
// Only for an organization the scope reads identified.
Result<void> insert(db::ScopedConnection& c, const Gap& gap);
// Compare-and-set on `gap.version`, on a gap `find` reaches.
Result<void> update(db::ScopedConnection& c, const Gap& gap);
Result<void> remove(db::ScopedConnection& c, const std::string& id);

// The register's groups (see GapGroup): the gaps the scope reads at least as an aggregate, in
// the period, of the territory setting if given (urban, rural, mixed) and of the quarter if given
// ("2026-Q3"), grouped by need, territory and reason, with the territory's name and setting and
// the need's name in `language` (fr|en); and the tally by quarter of the period (every quarter).
struct RegisterFilter {
  std::string from, to, setting, quarter, language = "fr";
};
struct RegisterGroups {
  std::vector<GapGroup> groups;
  Tally by_quarter;
};
Result<RegisterGroups> register_groups(db::ScopedConnection& c, const RegisterFilter& filter);

// A referral as a gap proposal needs it, for the sender only (nullopt when the scope does not
// read the sending organization identified or no such referral): its status, decline reason,
// family, the family's territory, the sending organization and the referral's first need.
struct ReferralForGap {
  std::string id, status, decline_reason, organization_id, family_id, family_territory_id, need_id;
  std::vector<std::string> need_ids;
};
Result<std::optional<ReferralForGap>> referral_for_gap(db::ScopedConnection& c, const std::string& referral_id);

}  // namespace filet::gaps::gap_repository
