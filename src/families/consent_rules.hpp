#pragma once
// Consent gating, one pure rule: whatever a consent gates (sharing with a partner for a referral,
// inclusion in de-identified evaluation data, contact by phone or text message, photos, a group
// participant's link to the family: groups/family_link.hpp) happens
// only while a consent for that purpose — and that partner, for sharing — holds on that day.
#include <span>
#include <string>
#include <string_view>

namespace filet::families {

// Purposes, as stored and sent.
inline constexpr std::string_view kConsentPurposes[] = {"referral_sharing", "evaluation_data", "phone_or_text",
                                                        "photos", "group_participation"};
inline constexpr std::string_view kConsentWays[] = {"verbal", "written"};

// What the rule needs of one consent record (dates YYYY-MM-DD; withdrawn_on "" when it holds).
struct ConsentTerms {
  std::string_view purpose;
  std::string_view partner_organization_id;  // referral_sharing only
  std::string_view given_on;
  std::string_view withdrawn_on;
};

// Whether `purpose` (with `partner_organization_id` for referral_sharing) is allowed on `day`:
// some consent of that purpose was given on or before `day` and not withdrawn on or before it.
bool consent_allows(std::span<const ConsentTerms> consents, std::string_view purpose, std::string_view day,
                    std::string_view partner_organization_id = {});

}  // namespace filet::families
