#include "questionnaires/campaign_service.hpp"

#include "auth/questionnaire_policy.hpp"
#include "common/clock.hpp"
#include "common/fields.hpp"
#include "common/ids.hpp"
#include "questionnaires/answers_csv.hpp"
#include "questionnaires/campaign_export.hpp"
#include "questionnaires/campaign_repository.hpp"
#include "questionnaires/invitation_repository.hpp"
#include "questionnaires/questionnaire_repository.hpp"
#include "questionnaires/results_assembly.hpp"
#include "questionnaires/results_suppression.hpp"

namespace filet::questionnaires {
namespace repo = campaign_repository;

namespace {

// Registers the label an answer outside the campaign's dates is refused with (common/fields).
const fields::Description kAnsweringFields{
    "SurveyAnswering",
    {{.name = "answering_period", .type = fields::Type::text, .label = {"période de réponse", "answering period"}}}};

Result<void> check_changes(const CampaignChanges& k) {
  std::vector<FieldError> errors;
  if (k.name.empty()) errors.push_back({"name", FieldCode::required, {}});
  if (k.name.size() > 200) errors.push_back({"name", FieldCode::too_long, "200"});
  if (!clock::is_date(k.opens_on)) errors.push_back({"opens_on", FieldCode::wrong_type, "date"});
  if (!clock::is_date(k.closes_on))
    errors.push_back({"closes_on", FieldCode::wrong_type, "date"});
  else if (clock::is_date(k.opens_on) && k.closes_on < k.opens_on)
    errors.push_back({"closes_on", FieldCode::before_other, "opens_on"});
  check_population(k, errors);
  if (!errors.empty()) return fail(Error{ErrorCode::validation_failed, std::move(errors), {}, {}});
  return {};
}

// Outside the organization a count under k could single a respondent out (common/small_counts).
void hide_small_count(const Requester& who, Campaign& k, int64_t threshold) {
  if (who.scope.level(k.organization_id) == db::Access::identified) return;
  if (k.responses && *k.responses < threshold) k.responses.reset();
  if (!k.responses || (k.answered && *k.answered < threshold)) k.answered.reset();
}

}  // namespace

Result<db::Page<Campaign>> CampaignService::list(const Requester& who, const repo::CampaignFilter& filter,
                                                 const db::ListQuery& query, int64_t k) {
  auto c = TRY(pool_.acquire());
  auto scoped = who.scope.on(*c);
  auto page = TRY(repo::list(scoped, filter, query));
  for (Campaign& campaign : page.items) hide_small_count(who, campaign, k);
  return page;
}

Result<Campaign> CampaignService::get(const Requester& who, const std::string& id, int64_t k) {
  auto c = TRY(pool_.acquire());
  auto scoped = who.scope.on(*c);
  Campaign campaign = TRY(repo::find(scoped, id));
  hide_small_count(who, campaign, k);
  return campaign;
}

Result<Campaign> CampaignService::create(const Requester& who, const CampaignChanges& changes) {
  TRY_VOID(auth::may_build_questionnaire(who.principal, who.scope, changes.organization_id));
  TRY_VOID(check_changes(changes));
  Campaign k{ids::new_uuid(),  changes.organization_id, changes.version_id, changes.name,
             changes.opens_on, changes.closes_on,       changes.population, changes.anonymous};
  k.program_id = changes.program_id;
  k.role = changes.role;
  k.group_id = changes.group_id;
  k.link_token = ids::random_token(24);
  k.created_at = k.updated_at = clock::now_iso();
  k.responses = 0;
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto scoped = who.scope.on(*c);
  // Checked first: a program or group that does not exist is named, not a constraint's conflict.
  const auto invitations = TRY(invitations_for(scoped, k));
  if (auto inserted = repo::insert(scoped, k); !inserted) {
    if (inserted.error().code == ErrorCode::conflict)
      return fail(Error::field(ErrorCode::validation_failed, "name", FieldCode::duplicate));
    return std::unexpected(inserted.error());
  }
  TRY_VOID(invitation_repository::insert(*c, k.id, invitations));
  k.invited = static_cast<int64_t>(invitations.size());
  if (k.population != "link") k.answered = 0;
  TRY_VOID(audit::record(*c, who.actor, {"create", "survey_campaign", k.id, k.organization_id}));
  TRY_VOID(tx.commit());
  return k;
}

Result<PublicForm> CampaignService::public_form(const std::string& token) {
  auto c = TRY(pool_.acquire());
  const Respondent who = TRY(respondent(*c, token));
  if (who.invitation && who.invitation->answered) return fail(already_answered());
  const Campaign& k = who.campaign;
  return PublicForm{k.name, k.opens_on, k.closes_on, TRY(questionnaire_repository::published_version(*c, k.version_id)),
                    k.anonymous};
}

Result<void> CampaignService::submit(const std::string& token, const Answers& answers, const std::string& today,
                                     const std::string& submission_id, int64_t threshold) {
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  const Respondent who = TRY(respondent(*c, token));
  const Campaign& k = who.campaign;
  if (today < k.opens_on || today > k.closes_on)
    return fail(Error::field(ErrorCode::forbidden, std::string(kAnsweringFields.fields[0].name),
                             FieldCode::out_of_range, k.opens_on + " – " + k.closes_on));
  const Version v = TRY(questionnaire_repository::published_version(*c, k.version_id));
  const Answers shown = shown_answers(v, answers);
  if (auto errors = check_answers(v, shown); !errors.empty())
    return fail(Error{ErrorCode::validation_failed, std::move(errors), {}, {}});
  // Received already (its answer was lost on the way back): nothing more to store.
  if (!submission_id.empty() && !TRY(repo::first_submission(*c, k.id, submission_id))) return {};
  // No audit entry: an entry per answer, with its time and request, is what anonymity forbids.
  if (!who.invitation) {
    TRY_VOID(repo::record_response(*c, k.id, today, shown));
    return tx.commit();
  }
  TRY_VOID(record_invited_response(*c, k, *who.invitation, today, shown, threshold));
  return tx.commit();
}

Result<CampaignResults> CampaignService::results(const Requester& who, const std::string& campaign_id,
                                                 const std::string& by, int64_t k) {
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin_read(*c));
  auto scoped = who.scope.on(*c);
  CampaignResults out;
  out.campaign = TRY(repo::find(scoped, campaign_id));
  out.version = TRY(questionnaire_repository::published_version(*c, out.campaign.version_id));
  const Version& v = out.version;
  TRY_VOID(check_grouping(v, by));
  static const results_repository::Counts kNoCounts;
  static const results_repository::DimensionsBySection kNoDimensions;
  const auto items = counted_items(v);
  auto all = TRY(results_repository::counts(scoped, out.campaign, items));
  auto all_dimensions = TRY(results_repository::dimension_sums(scoped, out.campaign));
  const auto& everyone = all.contains("") ? all.at("") : kNoCounts;
  const auto& everyone_dimensions = all_dimensions.contains("") ? all_dimensions.at("") : kNoDimensions;
  out.by = by;
  out.everyone = TRY(result_set(v, everyone, everyone_dimensions));
  out.campaign.responses = out.everyone.responses;
  if (!by.empty()) {
    auto counts = TRY(results_repository::counts(scoped, out.campaign, items, by));
    auto dimensions = TRY(results_repository::dimension_sums(scoped, out.campaign, by));
    if (auto rest = unanswered(everyone, counts); rest.responses > 0) {
      dimensions[""] = unanswered(everyone_dimensions, dimensions);
      counts[""] = std::move(rest);
    }
    for (const std::string& value : group_values(v, by, counts)) {
      auto group = counts.find(value);
      auto sums = dimensions.find(value);
      out.groups.push_back({value, TRY(result_set(v, group == counts.end() ? kNoCounts : group->second,
                                                  sums == dimensions.end() ? kNoDimensions : sums->second))});
    }
  }
  out.suppressed = who.scope.level(out.campaign.organization_id) != db::Access::identified;
  hide_small_count(who, out.campaign, k);
  if (out.suppressed) TRY_VOID(hide_small_counts(out, k));
  return out;
}

Result<AnswersImport> CampaignService::import_answers(const Requester& who, const std::string& campaign_id,
                                                      std::string_view csv_text, const std::string& today) {
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto scoped = who.scope.on(*c);
  const Campaign k = TRY(repo::find(scoped, campaign_id));
  TRY_VOID(auth::may_build_questionnaire(who.principal, who.scope, k.organization_id));
  const Version v = TRY(questionnaire_repository::published_version(*c, k.version_id));
  const char delimiter = csv_delimiter(csv_text);
  const auto file = TRY(csv::read_text("csv", csv_text, delimiter));
  const AnswersFile read = TRY(answers_from_csv(v, file, delimiter));
  for (const Answers& answers : read.responses) TRY_VOID(repo::record_response(*c, k.id, today, answers));
  const auto count = static_cast<int64_t>(read.responses.size());
  TRY_VOID(audit::record(*c, who.actor, {"import", "survey_campaign", k.id, k.organization_id}));
  TRY_VOID(tx.commit());
  return AnswersImport{count, read.ignored_columns};
}

Result<AnswersExport> CampaignService::export_answers(const Requester& who, const std::string& campaign_id) {
  auto c = TRY(pool_.acquire());
  auto scoped = who.scope.on(*c);
  AnswersExport out;
  out.campaign = TRY(repo::find(scoped, campaign_id));
  if (who.scope.level(out.campaign.organization_id) != db::Access::identified)
    return fail(Error::field(ErrorCode::forbidden, "organization_id", FieldCode::invalid_value, "manager"));
  auto version =
      std::make_shared<const Version>(TRY(questionnaire_repository::published_version(*c, out.campaign.version_id)));
  out.columns = answer_columns(*version);
  // An identified campaign (internal use) names its respondents, in a last column (the R and SPSS
  // scripts read the item columns by position); an anonymous one has no one to name.
  const bool identified = !out.campaign.anonymous;
  if (identified) out.columns.push_back(exports::Column{"respondent", 30});
  out.version = version;
  // Pages forward by the responses' random ids, a connection held only while a batch is read.
  constexpr int64_t kBatch = 500;
  auto after = std::make_shared<std::string>();
  out.rows = [this, id = out.campaign.id, version, after, identified](exports::TableWriter& writer) -> Result<bool> {
    std::vector<repo::StoredResponse> batch;
    std::map<std::string, std::string, std::less<>> names;
    {
      auto c = TRY(pool_.acquire());
      batch = TRY(repo::responses_after(*c, id, *after, kBatch));
      if (identified) {
        std::vector<std::string> ids;
        for (const auto& response : batch) ids.push_back(response.id);
        for (auto& [response, name] : TRY(invitation_repository::respondents_of(*c, id, ids))) names[response] = name;
      }
    }
    for (const auto& response : batch) {
      auto row = answer_row(*version, response.answers);
      if (identified) {
        auto name = names.find(response.id);
        row.push_back(name == names.end() ? exports::Cell{} : exports::Cell{name->second});
      }
      TRY_VOID(writer.row(row));
    }
    if (!batch.empty()) *after = batch.back().id;
    return batch.size() == static_cast<size_t>(kBatch);
  };
  return out;
}

Result<OpenAnswers> CampaignService::open_answers(const Requester& who, const std::string& campaign_id,
                                                  const std::string& item, const db::ListQuery& query, int64_t k) {
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin_read(*c));
  auto scoped = who.scope.on(*c);
  Campaign campaign = TRY(repo::find(scoped, campaign_id));
  const Version v = TRY(questionnaire_repository::published_version(*c, campaign.version_id));
  const auto* found = find_item(v, item);
  const bool text = found && (found->kind == ItemKind::short_text || found->kind == ItemKind::long_text);
  if (!text && !(found && found->other_specify))
    return fail(Error::field(ErrorCode::validation_failed, "item", FieldCode::invalid_value,
                             "short_text, long_text, other_specify"));
  OpenAnswers out{item, !text, std::nullopt, {}, query.page, query.per_page};
  hide_small_count(who, campaign, k);
  if (!campaign.responses) return out;  // too few to show outside the organization
  auto page = TRY(results_repository::open_answers(scoped, campaign, text ? item : item + "/other", query.per_page,
                                                   query.offset()));
  out.total = page.total;
  out.texts = std::move(page.texts);
  return out;
}

}  // namespace filet::questionnaires
