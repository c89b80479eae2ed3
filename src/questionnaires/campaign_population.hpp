#pragma once
// Who a campaign invites and what is kept of them (issue 10, item 3). Pure: the rate, the
// respondent attributes a response may keep, the attributes results may compare by.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace filet::questionnaires {

inline constexpr std::string_view kPopulations[] = {"link", "members", "group"};
// A member population may be narrowed to one role of the memberships (core/ memberships).
inline constexpr std::string_view kMemberRoles[] = {"manager", "practitioner", "coordinator", "evaluator",
                                                    "facilitator"};
// The respondent attributes results compare by, `by=attr:<name>` (campaign_results).
inline constexpr std::string_view kAttributePrefix = "attr:";
inline constexpr std::string_view kAttributes[] = {"sector", "setting", "cohort"};

// Coarse values known from the population, never an identifier: the sector of the respondent's
// organization, the setting (urban, rural, mixed) of its territory or of the group's, the group's
// cohort. "" is "not known" (answers through a link, or a value too rare to keep).
struct Attributes {
  std::string sector, setting, cohort;
  bool operator==(const Attributes&) const = default;
};

// One invited respondent: an account (members) or a group participant, their name and e-mail
// for the coordinator's mailing, and their attributes.
struct Invitee {
  std::string user_id, participant_id, name, email;
  Attributes attributes;
};

// answered / invited; none when nobody is invited.
std::optional<double> response_rate(int64_t answered, int64_t invited);

// What a response keeps of its respondent's attributes. Identified: all of them. Anonymous: the
// most that at least `k` invitees share (cohort dropped first, then setting, then sector), so a
// stored response never narrows its sender to fewer than k people of the population.
Attributes captured_attributes(const Attributes& mine, const std::vector<Attributes>& population, int64_t k,
                               bool anonymous);

// "attr:sector" → "sector" (the column of survey_responses); none for anything else, an item
// code included.
std::optional<std::string_view> attribute_of(std::string_view by);

}  // namespace filet::questionnaires
