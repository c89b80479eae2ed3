#pragma once
// Campaigns: created by a questionnaire's builders (the policy), answered anonymously through
// their link, and their results computed from counts (small counts hidden where results leave
// the organization).
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "db/pool.hpp"
#include "export/export_stream.hpp"
#include "questionnaires/campaign.hpp"
#include "questionnaires/campaign_repository.hpp"
#include "questionnaires/campaign_results.hpp"
#include "questionnaires/invitation_repository.hpp"
#include "questionnaires/questionnaire_rules.hpp"
#include "questionnaires/requester.hpp"

namespace filet::questionnaires {

struct CampaignChanges {
  std::string organization_id, version_id, name, opens_on, closes_on;
  std::string population = "link";  // link, members, group
  bool anonymous = true;
  std::string program_id, role, group_id;  // members: program_id (role optional); group: group_id
};

// What the public respondent page shows: the campaign's name and dates, and its version.
struct PublicForm {
  std::string name, opens_on, closes_on;
  Version version;
  bool anonymous = true;  // an identified campaign says so to its respondents
};

// What an import of answers did: how many responses it added, which columns it left aside.
struct AnswersImport {
  int64_t imported = 0;
  std::vector<std::string> ignored_columns;
};

// A campaign's answers to export: its version (the columns) and the rows, streamed.
struct AnswersExport {
  Campaign campaign;
  std::shared_ptr<const Version> version;  // the version the answers used
  std::vector<exports::Column> columns;
  exports::RowSource rows;
};

struct OpenAnswers {
  std::string item;
  bool other = false;            // the texts of a choice's "other, specify"
  std::optional<int64_t> total;  // none: hidden (fewer than k responses, outside the organization)
  std::vector<std::string> texts;
  int64_t page = 1, per_page = 50;
};

// A campaign's invitations to download: the campaign, the columns and the rows, streamed.
struct InvitationsExport {
  Campaign campaign;
  std::vector<exports::Column> columns;
  exports::RowSource rows;
};

// Checks a new campaign's population fields (the population's and its program_id, role and
// group_id), adding an error per bad one.
void check_population(const CampaignChanges& changes, std::vector<FieldError>& errors);

class CampaignService {
 public:
  explicit CampaignService(db::Pool& pool) : pool_(pool) {}
  Result<Campaign> create(const Requester& who, const CampaignChanges& changes);
  // With their live count of responses, hidden under k where the scope does not read the
  // organization identified (as results are).
  Result<db::Page<Campaign>> list(const Requester& who, const campaign_repository::CampaignFilter& filter,
                                  const db::ListQuery& query, int64_t k = 5);
  Result<Campaign> get(const Requester& who, const std::string& id, int64_t k = 5);
  // By the link's token or an invitation's, without an account; an invitation already used is a
  // conflict naming `invitation`.
  Result<PublicForm> public_form(const std::string& token);
  // One anonymous response on `today` (YYYY-MM-DD): answers to hidden items dropped, the rest
  // checked against the version (validation_failed naming each item, nothing written); outside
  // the campaign's dates: forbidden naming `answering_period` with the dates.
  // `submission_id` (the phone's random id of this submission, "" for none): a resent submission
  // is stored once (the second answers the same, writing nothing).
  // Through an invitation's token: once (a second submission is a conflict naming `invitation`,
  // nothing written), the invitation marked answered, the respondent's coarse attributes kept on
  // the response (anonymous: only those k invitees share, campaign_population), and for an
  // identified campaign only, the invitation linked to its response.
  Result<void> submit(const std::string& token, const Answers& answers, const std::string& today,
                      const std::string& submission_id = {}, int64_t k = 5);
  // Results: read in full by those who read the organization identified (its own staff); for
  // everyone else, through small-count suppression with threshold k (results_suppression).
  // `by`: "" or a single-choice item whose answers group the responses (results_assembly).
  Result<CampaignResults> results(const Requester& who, const std::string& campaign_id, const std::string& by = {},
                                  int64_t k = 5);
  // Answers collected elsewhere, from a CSV (answers_csv): all the rows or none, each response
  // stored as an anonymous one received `today`; audited once with the count. The builders of
  // the campaign's questionnaire (the policy) may; every bad row named `csv[<line>].<code>`.
  Result<AnswersImport> import_answers(const Requester& who, const std::string& campaign_id, std::string_view csv_text,
                                       const std::string& today);
  // Every response, one row each (campaign_export): only for those who read the organization
  // identified (its own staff); outside it, the answers stay behind the results' small-count
  // suppression (forbidden naming the campaign's organization_id).
  Result<AnswersExport> export_answers(const Requester& who, const std::string& campaign_id);
  // The open answers to one item (a text item, or a choice's "other, specify"), alphabetically, a
  // page at a time: for those who read the results; outside the organization, none while the
  // campaign has fewer than k responses (as its figures). An item of another kind, or unknown, is
  // refused naming `item`.
  Result<OpenAnswers> open_answers(const Requester& who, const std::string& campaign_id, const std::string& item,
                                   const db::ListQuery& query, int64_t k = 5);

  // Invitation campaigns (campaign_population_service.cpp), for those who read the campaign's
  // organization identified (else forbidden naming organization_id); a link campaign has no
  // invitations (validation_failed naming population). The invitations not answered yet, by
  // name (for anonymous campaigns from the "has answered" flag alone):
  Result<db::Page<invitation_repository::Invitation>> non_respondents(const Requester& who,
                                                                      const std::string& campaign_id,
                                                                      const db::ListQuery& query);
  // Every invitation with its personal link (`origin` + /q/<token>) for the coordinator's own
  // mailing (Filet sends no e-mail), streamed: name, e-mail, link. Audited.
  Result<InvitationsExport> invitations(const Requester& who, const std::string& campaign_id,
                                        const std::string& origin);

 private:
  // The campaign a token opens: a link campaign's link, or an invitation (not_found otherwise).
  struct Respondent {
    Campaign campaign;
    std::optional<invitation_repository::Invitation> invitation;
  };
  static Result<Respondent> respondent(db::Connection& c, const std::string& token);
  static Error already_answered();
  // The invitations of a new campaign's population, each with its token (none for a link
  // campaign); validation_failed naming program_id or group_id when it has nobody to invite.
  static Result<std::vector<invitation_repository::Invitation>> invitations_for(db::ScopedConnection& c,
                                                                                const Campaign& k);
  static Result<void> record_invited_response(db::Connection& c, const Campaign& k,
                                              const invitation_repository::Invitation& invitation,
                                              const std::string& today, const Answers& answers, int64_t threshold);
  Result<Campaign> invitation_campaign(const Requester& who, db::ScopedConnection& c, const std::string& campaign_id);

  db::Pool& pool_;
};

}  // namespace filet::questionnaires
