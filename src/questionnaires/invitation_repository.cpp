#include "questionnaires/invitation_repository.hpp"

#include <set>

namespace filet::questionnaires::invitation_repository {
namespace {

// The setting of an organization's territories: theirs when they all share one, "mixed" when
// they differ, "" for none.
constexpr std::string_view kOrganizationSetting =
    "(SELECT CASE WHEN COUNT(DISTINCT t.setting) = 1 THEN MIN(t.setting) WHEN COUNT(*) = 0 THEN '' ELSE 'mixed' END "
    "FROM organization_territories ot JOIN territories t ON t.id = ot.territory_id WHERE ot.organization_id = ";

std::string organization_setting(std::string_view column) {
  return std::string(kOrganizationSetting) + std::string(column) + ")";
}

constexpr std::string_view kInvitationColumns = "token, campaign_id, name, email, sector, setting, cohort, answered";

Invitation from_row(const db::Row& r) {
  return {r.text(0), r.text(1), r.text(2), r.text(3), {r.text(4), r.text(5), r.text(6)}, r.boolean(7)};
}

}  // namespace

Result<std::vector<Invitee>> program_members(db::ScopedConnection& c, const std::string& program_id,
                                             const std::string& role) {
  if (!TRY(c.connection().query("SELECT id FROM programs WHERE id = ?", {program_id})).size())
    return fail(Error::field(ErrorCode::validation_failed, "program_id", FieldCode::not_found));
  db::Params params{program_id};
  std::string sql = "SELECT u.id, u.name, u.email, o.sector, " + organization_setting("o.id") +
                    " FROM program_organizations po JOIN memberships m ON m.organization_id = po.organization_id "
                    "JOIN users u ON u.id = m.user_id JOIN organizations o ON o.id = po.organization_id "
                    "WHERE po.program_id = ? AND u.active = 1";
  if (!role.empty()) {
    sql += " AND m.role = ?";
    params.emplace_back(role);
  }
  sql += " ORDER BY u.search_key, u.id, o.search_key, o.id";
  std::vector<Invitee> out;
  std::set<std::string, std::less<>> seen;
  TRY_VOID(c.connection().each(sql, params, [&](const db::Row& r) {
    if (seen.insert(r.text(0)).second) out.push_back({r.text(0), "", r.text(1), r.text(2), {r.text(3), r.text(4), ""}});
    return true;
  }));
  return out;
}

Result<std::vector<Invitee>> group_participants(db::ScopedConnection& c, const std::string& group_id,
                                                const std::string& organization_id) {
  if (!TRY(c.connection().query("SELECT id FROM work_groups WHERE id = ? AND organization_id = ?",
                                {group_id, organization_id}))
           .size())
    return fail(Error::field(ErrorCode::validation_failed, "group_id", FieldCode::not_found));
  const std::string sql =
      "SELECT p.id, p.label, p.email, COALESCE(po.sector, go.sector), "
      "COALESCE(t.setting, " +
      organization_setting("g.organization_id") +
      "), g.cohort FROM group_participants p JOIN work_groups g ON g.id = p.group_id "
      "JOIN organizations go ON go.id = g.organization_id LEFT JOIN organizations po ON po.id = p.organization_id "
      "LEFT JOIN territories t ON t.id = g.territory_id "
      "WHERE p.group_id = ? AND p.email <> '' AND p.status <> 'withdrew' ORDER BY p.label, p.id";
  std::vector<Invitee> out;
  TRY_VOID(c.connection().each(sql, {group_id}, [&](const db::Row& r) {
    out.push_back({"", r.text(0), r.text(1), r.text(2), {r.text(3), r.text(4), r.text(5)}});
    return true;
  }));
  return out;
}

Result<bool> program_has_organization(db::Connection& c, const std::string& program_id,
                                      const std::string& organization_id) {
  return !TRY(c.query("SELECT 1 FROM program_organizations WHERE program_id = ? AND organization_id = ?",
                      {program_id, organization_id}))
              .empty();
}

Result<void> insert(db::Connection& c, const std::string& campaign_id, const std::vector<Invitation>& invitations) {
  for (const Invitation& i : invitations)
    TRY_VOID(c.execute(
        "INSERT INTO survey_invitations (" + std::string(kInvitationColumns) + ") VALUES (?, ?, ?, ?, ?, ?, ?, 0)",
        {i.token, campaign_id, i.name, i.email, i.attributes.sector, i.attributes.setting, i.attributes.cohort}));
  return {};
}

Result<Invitation> find(db::Connection& c, const std::string& token) {
  return from_row(TRY(db::query_one(
      c, "SELECT " + std::string(kInvitationColumns) + " FROM survey_invitations WHERE token = ?", {token})));
}

Result<bool> mark_answered(db::Connection& c, const std::string& token) {
  return TRY(c.execute("UPDATE survey_invitations SET answered = 1 WHERE token = ? AND answered = 0", {token})) == 1;
}

Result<std::vector<Attributes>> population(db::Connection& c, const std::string& campaign_id) {
  std::vector<Attributes> out;
  TRY_VOID(c.each("SELECT sector, setting, cohort FROM survey_invitations WHERE campaign_id = ?", {campaign_id},
                  [&](const db::Row& r) {
                    out.push_back({r.text(0), r.text(1), r.text(2)});
                    return true;
                  }));
  return out;
}

Result<void> link_respondent(db::Connection& c, const std::string& response_id, const std::string& campaign_id,
                             const std::string& token) {
  TRY_VOID(c.execute("INSERT INTO survey_respondents (response_id, campaign_id, invitation_token) VALUES (?, ?, ?)",
                     {response_id, campaign_id, token}));
  return {};
}

Result<std::vector<std::pair<std::string, std::string>>> respondents_of(db::Connection& c,
                                                                        const std::string& campaign_id,
                                                                        const std::vector<std::string>& ids) {
  std::vector<std::pair<std::string, std::string>> out;
  if (ids.empty()) return out;
  db::Params params{campaign_id};
  std::string marks;
  for (const std::string& id : ids) {
    marks += marks.empty() ? "?" : ", ?";
    params.emplace_back(id);
  }
  TRY_VOID(
      c.each("SELECT r.response_id, i.name FROM survey_respondents r JOIN survey_invitations i ON i.token = "
             "r.invitation_token WHERE r.campaign_id = ? AND r.response_id IN (" +
                 marks + ")",
             params, [&](const db::Row& r) {
               out.emplace_back(r.text(0), r.text(1));
               return true;
             }));
  return out;
}

Result<db::Page<Invitation>> non_respondents(db::Connection& c, const std::string& campaign_id,
                                             const db::ListQuery& query) {
  db::Where where;
  where.add("campaign_id = ? AND answered = 0", {campaign_id});
  return db::select_page<Invitation>(
      c,
      {"SELECT '', campaign_id, name, email, sector, setting, cohort, answered FROM survey_invitations",
       {},
       "survey_invitations",
       where,
       "name, token"},
      query, from_row);
}

Result<std::vector<Invitation>> invitations(db::Connection& c, const std::string& campaign_id, int64_t offset,
                                            int64_t limit) {
  std::vector<Invitation> out;
  TRY_VOID(c.each("SELECT " + std::string(kInvitationColumns) +
                      " FROM survey_invitations WHERE campaign_id = ? ORDER BY name, token LIMIT ? OFFSET ?",
                  {campaign_id, limit, offset}, [&](const db::Row& r) {
                    out.push_back(from_row(r));
                    return true;
                  }));
  return out;
}

}  // namespace filet::questionnaires::invitation_repository
