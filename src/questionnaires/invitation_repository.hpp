#pragma once
// The SQL of a campaign's population (campaign_population): who is invited (a program's members,
// a group's participants), their personal tokens, whether each has answered — a flag, nothing
// more, so an anonymous campaign's invitations say nothing of which response is whose — and, for
// identified campaigns only, which invitation sent a response (survey_respondents).
#include <optional>
#include <string>
#include <vector>

#include "db/listing.hpp"
#include "db/scope.hpp"
#include "questionnaires/campaign.hpp"
#include "questionnaires/campaign_population.hpp"

namespace filet::questionnaires::invitation_repository {

// The active accounts with a membership (of `role`, or any when "") in an organization of the
// program, once each (their first organization by name gives their attributes), by name.
// validation_failed naming program_id when the program does not exist.
Result<std::vector<Invitee>> program_members(db::ScopedConnection& c, const std::string& program_id,
                                             const std::string& role);
// The participants of the group with an e-mail, who have not withdrawn, by name; with the sector
// of their organization (else the group's), the setting of the group's territory (else its
// organization's) and the group's cohort. validation_failed naming group_id when the group is
// not one of `organization_id`.
Result<std::vector<Invitee>> group_participants(db::ScopedConnection& c, const std::string& group_id,
                                                const std::string& organization_id);
// Whether `program_id` counts `organization_id` among its organizations.
Result<bool> program_has_organization(db::Connection& c, const std::string& program_id,
                                      const std::string& organization_id);

struct Invitation {
  std::string token, campaign_id, name, email;
  Attributes attributes;
  bool answered = false;
};
Result<void> insert(db::Connection& c, const std::string& campaign_id, const std::vector<Invitation>& invitations);
// The invitation of a token (not_found for none).
Result<Invitation> find(db::Connection& c, const std::string& token);
// Marks the invitation answered; false when it already was (one answer per token).
Result<bool> mark_answered(db::Connection& c, const std::string& token);
// Every invitee's attributes, for the anonymous capture's k (campaign_population).
Result<std::vector<Attributes>> population(db::Connection& c, const std::string& campaign_id);
// Identified campaigns only: the response `response_id` was sent by the invitation `token`.
Result<void> link_respondent(db::Connection& c, const std::string& response_id, const std::string& campaign_id,
                             const std::string& token);
// The name of each identified response's respondent, by response id (`ids`).
Result<std::vector<std::pair<std::string, std::string>>> respondents_of(db::Connection& c,
                                                                        const std::string& campaign_id,
                                                                        const std::vector<std::string>& ids);

// The invitations not yet answered, by name, a page at a time (tokens left out).
Result<db::Page<Invitation>> non_respondents(db::Connection& c, const std::string& campaign_id,
                                             const db::ListQuery& query);
// The invitations after `offset` by name then token, at most `limit` (for the mailing list).
Result<std::vector<Invitation>> invitations(db::Connection& c, const std::string& campaign_id, int64_t offset,
                                            int64_t limit);

}  // namespace filet::questionnaires::invitation_repository
