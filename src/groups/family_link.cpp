#include "groups/family_link.hpp"

namespace filet::groups {

std::optional<FieldCode> family_link_refusal(std::string_view kind, bool family_read_identified,
                                             std::span<const families::ConsentTerms> consents, std::string_view day) {
  if (kind != "parent") return FieldCode::invalid_value;
  if (!family_read_identified) return FieldCode::not_found;
  if (!families::consent_allows(consents, kGroupParticipationPurpose, day)) return FieldCode::consent_missing;
  return std::nullopt;
}

}  // namespace filet::groups
