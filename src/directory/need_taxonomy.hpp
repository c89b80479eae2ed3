#pragma once
// The need taxonomy shared by every module (directory, family needs, referrals, service gaps),
// French and English, hierarchical, mapped to Open Eligibility; stored as an HSDS taxonomy.
// Installing and reading it is SQL: implemented in need_taxonomy_repository.cpp.
#include <string>
#include <vector>

#include "db/database.hpp"

namespace filet::directory {

// Fixed so that every Filet deployment exports its needs under the same HSDS taxonomy id.
inline constexpr std::string_view kNeedTaxonomyId = "6f1c2a4e-3b8d-4c5e-9a7f-0d2e1b3c4a5f";

struct NeedTerm {
  std::string id, taxonomy_id, code, parent_id, name_fr, name_en, description_fr, description_en, open_eligibility;
};

// Installs the taxonomy on first start; later starts leave it (and any admin changes) alone.
Result<void> install_need_taxonomy(db::Connection& c);
// Every term of every taxonomy, parents before children.
Result<std::vector<NeedTerm>> all_terms(db::Connection& c);

}  // namespace filet::directory
