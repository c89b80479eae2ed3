#include "partnerships/key_partner.hpp"

#include <algorithm>
#include <set>

namespace filet::partnerships {

void apply(KeyPartner& k, const KeyPartnerChanges& c) {
  if (c.organization_id) k.organization_id = *c.organization_id;
  if (c.period_from) k.period_from = *c.period_from;
  if (c.period_to) k.period_to = *c.period_to;
  if (c.partner_organization_id) k.partner_organization_id = *c.partner_organization_id;
  if (c.partner_name) k.partner_name = *c.partner_name;
  if (c.category) k.category = *c.category;
  if (c.solutions) k.solutions = *c.solutions;
  if (c.links_families) k.links_families = *c.links_families;
  if (c.shares_dialogue) k.shares_dialogue = *c.shares_dialogue;
  if (c.adapts_practices) k.adapts_practices = *c.adapts_practices;
  if (c.difficult) k.difficult = *c.difficult;
  if (c.success_factors) k.success_factors = *c.success_factors;
  if (c.obstacles) k.obstacles = *c.obstacles;
}

namespace {
bool has_duplicate(const std::vector<std::string>& codes) {
  return std::set<std::string>(codes.begin(), codes.end()).size() != codes.size();
}
}  // namespace

Result<void> check(const KeyPartner& k) {
  std::vector<FieldError> errors;
  if (k.partner_organization_id.empty() == k.partner_name.empty())
    errors.push_back({"partner_id", FieldCode::one_of_two, "partner_outside_name"});
  if (!k.period_from.empty() && !k.period_to.empty() && k.period_to < k.period_from)
    errors.push_back({"period_to", FieldCode::before_other, "period_from"});
  if (has_duplicate(k.success_factors)) errors.push_back({"success_factors", FieldCode::duplicate});
  if (has_duplicate(k.obstacles)) errors.push_back({"partnership_obstacles", FieldCode::duplicate});
  if (errors.empty()) return {};
  return fail(Error{ErrorCode::validation_failed, std::move(errors), {}, {}});
}

bool periods_overlap(std::string_view a_from, std::string_view a_to, std::string_view b_from, std::string_view b_to) {
  return a_from <= b_to && b_from <= a_to;
}

}  // namespace filet::partnerships
