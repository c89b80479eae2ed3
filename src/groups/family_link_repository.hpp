#pragma once
// The SQL of a parent participant's link to a family of the journal (family_link.hpp). The link is
// kept on the participant's row; it is read back only where the scope reads the family's
// organization identified and while the family's consent to group participation holds on the day
// read (checked at read time, as referrals' sharing: a withdrawn consent removes the link's
// effect at once, the row staying for the audit's sake until changed).
#include <string>
#include <vector>

#include "db/scope.hpp"
#include "families/consent_rules.hpp"
#include "groups/group.hpp"

namespace filet::groups::family_link_repository {

// A family as a link needs it: whether the scope reads it identified (a family outside the
// scope, or unknown, is not found), its organization and code, its consents' terms.
struct LinkableFamily {
  bool found = false;
  std::string organization_id, code;
  std::vector<std::string> purposes, given_on, withdrawn_on;  // one per consent (withdrawn_on "" when it holds)
  std::vector<families::ConsentTerms> terms() const;
};
Result<LinkableFamily> family_for_link(db::ScopedConnection& c, const std::string& family_id);

// Fills family_id and family_code of the participants whose link the scope may see on `day`.
Result<void> attach_links(db::ScopedConnection& c, std::vector<Participant>& participants, const std::string& day);

// The family a participant's row names, seen or not ("" when none): for clearing a link.
Result<std::string> stored_link(db::ScopedConnection& c, const std::string& participant_id);
// Sets (or, with "", clears) a participant's link.
Result<void> set_link(db::ScopedConnection& c, const std::string& participant_id, const std::string& family_id);

}  // namespace filet::groups::family_link_repository
