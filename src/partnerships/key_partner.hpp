#pragma once
// A key partner (partenaire clé, issue 12, item 4; seed 003): for an organization and a period,
// one of the (at most three) partners a practitioner or a manager names, checked against the
// seed's three criteria, with its category, what made the collaboration work or not, the
// solutions tried and whether it was particularly difficult.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.hpp"

namespace filet::partnerships {

// The limit of seed 003's questionnaire: three key partners per person and period.
inline constexpr int64_t kMaxKeyPartners = 3;
inline constexpr std::string_view kChooserRoles[] = {"practitioner", "manager"};

struct KeyPartner {
  std::string id;
  std::string organization_id;  // the choosing organization
  std::string period_from, period_to;
  std::string chooser_id;                    // the person who chose
  std::string chooser_role;                  // practitioner | manager: the role they chose in
  std::string partner_organization_id;       // one of Filet's organizations, or
  std::string partner_name;                  // the name typed when it is not in Filet (exactly one)
  std::string partner_organization_name;     // read: the organization's name
  std::string category;                      // reference list key_partner_category
  bool links_families = false;               // facilitates a real link between the families and its resources
  bool shares_dialogue = false;              // shares spaces of dialogue on approaches and practices
  bool adapts_practices = false;             // contributes to adapting practices
  std::vector<std::string> success_factors;  // reference list partnership_success_factor
  std::vector<std::string> obstacles;        // reference list partnership_obstacle
  std::string solutions;
  bool difficult = false;  // a particularly difficult collaboration
  bool editable = false;   // read: whether the reader may change it (the chooser)
  std::string created_at, updated_at;
  int64_t version = 1;
};

struct KeyPartnerChanges {
  std::optional<std::string> organization_id, period_from, period_to, partner_organization_id, partner_name, category,
      solutions;
  std::optional<bool> links_families, shares_dialogue, adapts_practices, difficult;
  std::optional<std::vector<std::string>> success_factors, obstacles;
  std::optional<int64_t> version;
};

void apply(KeyPartner& k, const KeyPartnerChanges& changes);

// The rules between a choice's own fields, every broken one at once: exactly one of the partner
// organization and the typed name; the period ends on or after it starts; no code twice.
Result<void> check(const KeyPartner& k);

// Whether periods [a_from, a_to] and [b_from, b_to] share a day: the limit of three counts the
// chooser's choices of every overlapping period, so splitting a period does not get round it.
bool periods_overlap(std::string_view a_from, std::string_view a_to, std::string_view b_from, std::string_view b_to);

}  // namespace filet::partnerships
