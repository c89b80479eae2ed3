// The population side of CampaignService (campaign_service.hpp): the invitations of a new
// campaign, the respondent a token opens, an invited response, the non-respondents and the
// invitations' mailing list.
#include <algorithm>

#include "auth/questionnaire_policy.hpp"
#include "common/fields.hpp"
#include "common/ids.hpp"
#include "questionnaires/campaign_repository.hpp"
#include "questionnaires/campaign_service.hpp"
#include "questionnaires/invitation_repository.hpp"

namespace filet::questionnaires {
namespace repo = campaign_repository;
namespace invitations_repo = invitation_repository;

namespace {

// Registers the label a second answer through one invitation is refused with (common/fields).
const fields::Description kInvitationFields{
    "SurveyInvitationUse",
    {{.name = "invitation", .type = fields::Type::text, .label = {"invitation personnelle", "personal invitation"}}}};

bool listed(std::span<const std::string_view> values, std::string_view value) {
  return std::find(values.begin(), values.end(), value) != values.end();
}

std::string joined(std::span<const std::string_view> values) {
  std::string out;
  for (std::string_view v : values) out += (out.empty() ? "" : ", ") + std::string(v);
  return out;
}

}  // namespace

void check_population(const CampaignChanges& k, std::vector<FieldError>& errors) {
  if (!listed(kPopulations, k.population)) {
    errors.push_back({"population", FieldCode::invalid_value, joined(kPopulations)});
    return;
  }
  if (!k.role.empty() && !listed(kMemberRoles, k.role))
    errors.push_back({"role", FieldCode::invalid_value, joined(kMemberRoles)});
  const bool members = k.population == "members", group = k.population == "group";
  if (members && k.program_id.empty()) errors.push_back({"program_id", FieldCode::required, {}});
  if (!members && !k.program_id.empty()) errors.push_back({"program_id", FieldCode::invalid_value, "members"});
  if (!members && !k.role.empty()) errors.push_back({"role", FieldCode::invalid_value, "members"});
  if (group && k.group_id.empty()) errors.push_back({"group_id", FieldCode::required, {}});
  if (!group && !k.group_id.empty()) errors.push_back({"group_id", FieldCode::invalid_value, "group"});
  // Anyone with a link is nobody in particular: such a campaign cannot be identified.
  if (k.population == "link" && !k.anonymous) errors.push_back({"anonymous", FieldCode::invalid_value, "true"});
}

Result<std::vector<invitations_repo::Invitation>> CampaignService::invitations_for(db::ScopedConnection& c,
                                                                                   const Campaign& k) {
  std::vector<Invitee> invitees;
  std::string field;
  if (k.population == "members") {
    field = "program_id";
    invitees = TRY(invitations_repo::program_members(c, k.program_id, k.role));  // not_found: no such program
    // A program the campaign's organization is not part of: its members are not the campaign's to invite.
    if (!TRY(invitations_repo::program_has_organization(c.connection(), k.program_id, k.organization_id)))
      return fail(
          Error::field(ErrorCode::validation_failed, "program_id", FieldCode::other_organization, k.organization_id));
  } else if (k.population == "group") {
    field = "group_id";
    invitees = TRY(invitations_repo::group_participants(c, k.group_id, k.organization_id));
  } else {
    return std::vector<invitations_repo::Invitation>{};
  }
  if (invitees.empty())
    return fail(Error::field(ErrorCode::validation_failed, field, FieldCode::invalid_value,
                             field == "group_id" ? "participants with an e-mail" : "members"));
  std::vector<invitations_repo::Invitation> out;
  out.reserve(invitees.size());
  for (Invitee& i : invitees)
    out.push_back({ids::random_token(24), k.id, std::move(i.name), std::move(i.email), std::move(i.attributes)});
  return out;
}

Error CampaignService::already_answered() {
  return Error::field(ErrorCode::conflict, std::string(kInvitationFields.fields[0].name), FieldCode::duplicate);
}

Result<CampaignService::Respondent> CampaignService::respondent(db::Connection& c, const std::string& token) {
  if (auto k = repo::find_by_link(c, token))
    return Respondent{std::move(*k), std::nullopt};
  else if (k.error().code != ErrorCode::not_found)
    return std::unexpected(k.error());
  auto invitation = TRY(invitations_repo::find(c, token));
  return Respondent{TRY(repo::find_invited(c, invitation.campaign_id)), std::move(invitation)};
}

Result<void> CampaignService::record_invited_response(db::Connection& c, const Campaign& k,
                                                      const invitations_repo::Invitation& invitation,
                                                      const std::string& today, const Answers& answers,
                                                      int64_t threshold) {
  if (!TRY(invitations_repo::mark_answered(c, invitation.token))) return fail(already_answered());
  const Attributes kept = captured_attributes(
      invitation.attributes, k.anonymous ? TRY(invitations_repo::population(c, k.id)) : std::vector<Attributes>{},
      threshold, k.anonymous);
  const std::string response_id = TRY(repo::record_response(c, k.id, today, answers, kept));
  // Anonymous: nothing more. The invitation says "answered", the response names nobody.
  if (!k.anonymous) TRY_VOID(invitations_repo::link_respondent(c, response_id, k.id, invitation.token));
  return {};
}

Result<Campaign> CampaignService::invitation_campaign(const Requester& who, db::ScopedConnection& c,
                                                      const std::string& campaign_id) {
  Campaign k = TRY(repo::find(c, campaign_id));
  if (who.scope.level(k.organization_id) != db::Access::identified)
    return fail(Error::field(ErrorCode::forbidden, "organization_id", FieldCode::invalid_value, "manager"));
  if (k.population == "link")
    return fail(Error::field(ErrorCode::validation_failed, "population", FieldCode::invalid_value, "members, group"));
  return k;
}

Result<db::Page<invitations_repo::Invitation>> CampaignService::non_respondents(const Requester& who,
                                                                                const std::string& campaign_id,
                                                                                const db::ListQuery& query) {
  auto c = TRY(pool_.acquire());
  auto scoped = who.scope.on(*c);
  const Campaign k = TRY(invitation_campaign(who, scoped, campaign_id));
  return invitations_repo::non_respondents(*c, k.id, query);
}

Result<InvitationsExport> CampaignService::invitations(const Requester& who, const std::string& campaign_id,
                                                       const std::string& origin) {
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto scoped = who.scope.on(*c);
  InvitationsExport out;
  out.campaign = TRY(invitation_campaign(who, scoped, campaign_id));
  // The tokens answer in someone's name: only the campaign's builders hand them out.
  TRY_VOID(auth::may_build_questionnaire(who.principal, who.scope, out.campaign.organization_id));
  TRY_VOID(
      audit::record(*c, who.actor, {"export", "survey_invitations", out.campaign.id, out.campaign.organization_id}));
  TRY_VOID(tx.commit());
  out.columns = {{"name", 30}, {"email", 30}, {"link", 60}};
  constexpr int64_t kBatch = 500;
  auto offset = std::make_shared<int64_t>(0);
  out.rows = [this, id = out.campaign.id, origin, offset](exports::TableWriter& writer) -> Result<bool> {
    std::vector<invitations_repo::Invitation> batch;
    {
      auto c = TRY(pool_.acquire());
      batch = TRY(invitations_repo::invitations(*c, id, *offset, kBatch));
    }
    for (const auto& i : batch)
      TRY_VOID(writer.row({exports::Cell(i.name), exports::Cell(i.email), exports::Cell(origin + "/q/" + i.token)}));
    *offset += static_cast<int64_t>(batch.size());
    return batch.size() == static_cast<size_t>(kBatch);
  };
  return out;
}

}  // namespace filet::questionnaires
