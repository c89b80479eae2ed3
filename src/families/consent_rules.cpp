#include "families/consent_rules.hpp"

namespace filet::families {

bool consent_allows(std::span<const ConsentTerms> consents, std::string_view purpose, std::string_view day,
                    std::string_view partner_organization_id) {
  for (const auto& c : consents) {
    if (c.purpose != purpose) continue;
    if (purpose == "referral_sharing" && c.partner_organization_id != partner_organization_id) continue;
    // ISO dates compare as text.
    if (c.given_on > day) continue;
    if (!c.withdrawn_on.empty() && c.withdrawn_on <= day) continue;
    return true;
  }
  return false;
}

}  // namespace filet::families
