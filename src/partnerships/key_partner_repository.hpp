#pragma once
// All of the key partners' SQL. Choices are operational data of the choosing organization, read
// identified by its practitioners and managers (the policy says whose choices each sees); the
// summary reads them as aggregates wherever the scope reads at least `aggregate`.
#include <vector>

#include "db/listing.hpp"
#include "db/scope.hpp"
#include "partnerships/key_partner.hpp"

namespace filet::partnerships::key_partner_repository {

// Whose choices a reader sees among those the scope reads identified: every choice of
// `whole_organizations` (the organizations they manage), and their own anywhere.
struct Visibility {
  std::vector<std::string> whole_organizations;
  std::string own_user_id;
};

struct Filters {
  std::string organization_id, chooser_id;
  std::string from, to;  // choices whose period overlaps [from, to]
};

inline constexpr db::SortKey kSorts[] = {{"period_from", "k.period_from"},
                                         {"partner_category", "k.category"},
                                         {"created_at", "k.created_at"},
                                         {"updated_at", "k.updated_at"}};

Result<KeyPartner> find(db::ScopedConnection& c, const Visibility& who, const std::string& id);
// Newest period first without a sort.
Result<db::Page<KeyPartner>> list(db::ScopedConnection& c, const Visibility& who, const Filters& filters,
                                  const db::ListQuery& query);
// How many choices `chooser_id` made for `organization_id` in a period overlapping [from, to],
// leaving out `except_id` (the choice being changed).
Result<int64_t> count_overlapping(db::ScopedConnection& c, const std::string& organization_id,
                                  const std::string& chooser_id, const std::string& from, const std::string& to,
                                  const std::string& except_id);
// Only for an organization the scope reads identified.
Result<void> insert(db::ScopedConnection& c, const KeyPartner& k);
// Compare-and-set on `k.version`.
Result<void> update(db::ScopedConnection& c, const KeyPartner& k);
Result<void> remove(db::ScopedConnection& c, const std::string& id);
// Whether an organization of that id exists (a partner in Filet).
Result<bool> organization_exists(db::Connection& c, const std::string& id);

// The summary's counts: per partner category and chooser role, the choices and how many meet
// each criterion, over the choices the scope reads at least as aggregates whose period overlaps
// [from, to] (either may be "").
struct CategoryCounts {
  std::string category, chooser_role;
  int64_t choices = 0, links_families = 0, shares_dialogue = 0, adapts_practices = 0;
};
Result<std::vector<CategoryCounts>> category_counts(db::ScopedConnection& c, const std::string& from,
                                                    const std::string& to);

}  // namespace filet::partnerships::key_partner_repository
