#pragma once
// A parent participant of a group linked to a family of the journal (issue 11, item 2), pure:
// whether a link may be set. Only a parent's, only to a family the reader reads identified (its
// organization's practitioners and managers), only while the family's consent to group
// participation holds on the day (families::consent_allows). Who sees a link once set is the
// repository's (family_link_repository.hpp): the same two conditions, checked at read time, so that
// withdrawing the consent removes the link's effect at once.
#include <optional>
#include <span>
#include <string_view>

#include "common/error.hpp"
#include "families/consent_rules.hpp"

namespace filet::groups {

inline constexpr std::string_view kGroupParticipationPurpose = "group_participation";

// Why a link of a participant of `kind` to a family may not be set on `day` (nothing when it may):
// invalid_value (param "parent") for another kind, not_found for a family the reader does not read
// identified (or that does not exist), consent_missing (param the purpose) without the consent.
std::optional<FieldCode> family_link_refusal(std::string_view kind, bool family_read_identified,
                                             std::span<const families::ConsentTerms> consents, std::string_view day);

}  // namespace filet::groups
