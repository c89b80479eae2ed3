#pragma once
// The SQL of campaigns and of their anonymous answers. Campaigns are operational data, reached
// through the scope like their questionnaire. A response is written with nothing that names its
// respondent or its moment: a random id, the campaign, the day; its answers one row per value.
#include <map>
#include <vector>

#include "db/listing.hpp"
#include "db/scope.hpp"
#include "questionnaires/campaign.hpp"
#include "questionnaires/campaign_population.hpp"
#include "questionnaires/questionnaire_rules.hpp"

namespace filet::questionnaires::campaign_repository {

// The campaign's version must be one of a questionnaire of the campaign's organization.
Result<void> insert(db::ScopedConnection& c, const Campaign& campaign);
// With its live count of responses.
Result<Campaign> find(db::ScopedConnection& c, const std::string& id);
// The campaigns the scope reaches, newest first, each with its live count of responses;
// `organization_id` and `questionnaire_id` narrow it when not "".
struct CampaignFilter {
  std::string organization_id, questionnaire_id;
  std::string name;  // exact (the command line names campaigns)
};
Result<db::Page<Campaign>> list(db::ScopedConnection& c, const CampaignFilter& filter, const db::ListQuery& query);
// The public respondent page: the campaign of a link, whoever asks (the link is the authority;
// the respondent has no account, hence no scope). Only a link campaign opens by its link.
Result<Campaign> find_by_link(db::Connection& c, const std::string& link_token);
// The campaign of an invitation (the invitation's token is the authority), an invitation campaign.
Result<Campaign> find_invited(db::Connection& c, const std::string& campaign_id);

// One response (answers already checked against the version): a new random id (returned), the
// day it was received, the respondent's coarse attributes ("" unknown) and its answers; the
// "other, specify" text is the row `<code>/other`. Nothing names its sender. The results' counts and
// dimension totals take it in (response_aggregates_repository).
Result<std::string> record_response(db::Connection& c, const std::string& campaign_id, const std::string& day,
                                    const Answers& answers, const Attributes& attributes = {});
// Records that the campaign received the submission `submission_id`; false when it had already.
Result<bool> first_submission(db::Connection& c, const std::string& campaign_id, const std::string& submission_id);

// The responses of a campaign after `after_id` in the order of their random id (never the order
// of arrival), at most `limit`, each with its answers (`<code>/other` for "other, specify").
// Call after find: the campaign is the caller's to check in the scope.
struct StoredResponse {
  std::string id;
  Answers answers;
};
Result<std::vector<StoredResponse>> responses_after(db::Connection& c, const std::string& campaign_id,
                                                    const std::string& after_id, int64_t limit);

}  // namespace filet::questionnaires::campaign_repository
