#pragma once
// The key partners' summary for coordinators and evaluators (pure): choices by partner category
// and by the chooser's role (practitioner, manager), and how many choices meet each of seed 003's
// three criteria; small counts hidden by common/small_counts (primary and complementary) when the
// summary counts an organization the reader does not see identified.
#include <boost/json/object.hpp>
#include <vector>

#include "partnerships/key_partner_repository.hpp"

namespace filet::partnerships {

inline constexpr std::string_view kCriteria[] = {"links_families", "shares_dialogue", "adapts_practices"};

Result<boost::json::object> summary_json(const std::vector<key_partner_repository::CategoryCounts>& counts,
                                         bool suppress);

}  // namespace filet::partnerships
