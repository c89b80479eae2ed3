#include "questionnaires/campaign_repository.hpp"

#include "common/ids.hpp"
#include "questionnaires/questionnaire_repository.hpp"
#include "questionnaires/response_aggregates_repository.hpp"

namespace filet::questionnaires::campaign_repository {
namespace {

constexpr std::string_view kSelect =
    "SELECT c.id, c.organization_id, c.version_id, c.name, c.opens_on, c.closes_on, c.population, c.anonymous, "
    "c.link_token, c.created_at, c.updated_at, c.version, "
    "(SELECT COUNT(*) FROM survey_responses r WHERE r.campaign_id = c.id), c.program_id, c.role, c.group_id, "
    "(SELECT COUNT(*) FROM survey_invitations i WHERE i.campaign_id = c.id), "
    "(SELECT COUNT(*) FROM survey_invitations i WHERE i.campaign_id = c.id AND i.answered = 1) "
    "FROM survey_campaigns c";

Campaign from_row(const db::Row& r) {
  Campaign k{r.text(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5),  r.text(6),     r.boolean(7),
             r.text(8), "",        "",        "",        r.text(9), r.text(10), r.integer(11), r.integer(12)};
  k.program_id = r.is_null(13) ? "" : r.text(13);
  k.role = r.text(14);
  k.group_id = r.is_null(15) ? "" : r.text(15);
  k.invited = r.integer(16);
  if (k.population != "link") k.answered = r.integer(17);  // a link invites nobody
  return k;
}

db::Value or_null(const std::string& id) {
  return id.empty() ? db::Value{} : db::Value(id);
}

}  // namespace

Result<void> insert(db::ScopedConnection& c, const Campaign& k) {
  if (!questionnaire_repository::reaches(c, k.organization_id))
    return fail(ErrorCode::forbidden, "organization outside the scope");
  db::Where where;
  where.add("v.id = ? AND q.organization_id = ?", {k.version_id, k.organization_id});
  auto found = db::query_one(c.connection(),
                             "SELECT v.id FROM questionnaire_versions v JOIN questionnaires q "
                             "ON q.id = v.questionnaire_id" +
                                 where.sql(),
                             where.params());
  if (!found) return fail(Error::field(ErrorCode::validation_failed, "version_id", FieldCode::not_found));
  TRY_VOID(c.execute(
      "INSERT INTO survey_campaigns (id, organization_id, version_id, name, opens_on, closes_on, population, "
      "anonymous, link_token, program_id, role, group_id, created_at, updated_at, version) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
      {k.id, k.organization_id, k.version_id, k.name, k.opens_on, k.closes_on, k.population, int64_t{k.anonymous},
       k.link_token, or_null(k.program_id), k.role, or_null(k.group_id), k.created_at, k.updated_at}));
  return {};
}

Result<Campaign> find(db::ScopedConnection& c, const std::string& id) {
  db::Where where;
  where.add("c.id = ?", {id});
  questionnaire_repository::reachable(c, where, "c.organization_id", db::Access::aggregate);
  return from_row(TRY(db::query_one(c.connection(), std::string(kSelect) + where.sql(), where.params())));
}

Result<db::Page<Campaign>> list(db::ScopedConnection& c, const CampaignFilter& filter, const db::ListQuery& query) {
  db::Where where;
  questionnaire_repository::reachable(c, where, "c.organization_id", db::Access::aggregate);
  if (!filter.organization_id.empty()) where.add("c.organization_id = ?", {filter.organization_id});
  if (!filter.questionnaire_id.empty())
    where.add("c.version_id IN (SELECT id FROM questionnaire_versions WHERE questionnaire_id = ?)",
              {filter.questionnaire_id});
  if (!filter.name.empty()) where.add("c.name = ?", {filter.name});
  return db::select_page<Campaign>(c.connection(),
                                   {std::string(kSelect), {}, "survey_campaigns c", where, "c.created_at DESC, c.id"},
                                   query, from_row);
}

Result<Campaign> find_by_link(db::Connection& c, const std::string& link_token) {
  return from_row(
      TRY(db::query_one(c, std::string(kSelect) + " WHERE c.link_token = ? AND c.population = 'link'", {link_token})));
}

Result<Campaign> find_invited(db::Connection& c, const std::string& campaign_id) {
  return from_row(
      TRY(db::query_one(c, std::string(kSelect) + " WHERE c.id = ? AND c.population <> 'link'", {campaign_id})));
}

Result<bool> first_submission(db::Connection& c, const std::string& campaign_id, const std::string& submission_id) {
  return TRY(c.execute("INSERT INTO survey_submissions (campaign_id, submission_id) VALUES (?, ?) ON CONFLICT DO "
                       "NOTHING",
                       {campaign_id, submission_id})) == 1;
}

Result<std::string> record_response(db::Connection& c, const std::string& campaign_id, const std::string& day,
                                    const Answers& answers, const Attributes& attributes) {
  const std::string id = ids::new_uuid();  // random: the key tells nothing of the order of arrival
  TRY_VOID(c.execute(
      "INSERT INTO survey_responses (id, campaign_id, received_on, sector, setting, cohort) VALUES (?, ?, ?, ?, ?, ?)",
      {id, campaign_id, day, attributes.sector, attributes.setting, attributes.cohort}));
  auto write = [&](const std::string& item, int64_t position, const std::string& value) {
    return c.execute(
        "INSERT INTO survey_answers (response_id, campaign_id, item_code, position, value) VALUES (?, ?, ?, ?, ?)",
        {id, campaign_id, item, position, value});
  };
  for (const auto& [code, answer] : answers) {
    for (size_t i = 0; i < answer.values.size(); ++i) TRY_VOID(write(code, static_cast<int64_t>(i), answer.values[i]));
    if (!answer.other.empty()) TRY_VOID(write(code + "/other", 0, answer.other));
  }
  TRY_VOID(response_aggregates_repository::add_response(c, campaign_id, id));
  return id;
}

Result<std::vector<StoredResponse>> responses_after(db::Connection& c, const std::string& campaign_id,
                                                    const std::string& after_id, int64_t limit) {
  const std::string page = "SELECT id FROM survey_responses WHERE campaign_id = ? AND id > ? ORDER BY id LIMIT ?";
  std::vector<StoredResponse> out;
  std::map<std::string, size_t, std::less<>> index;
  TRY_VOID(c.each(page, {campaign_id, after_id, limit}, [&](db::Row& r) {
    index[r.text(0)] = out.size();
    out.push_back({r.text(0), {}});
    return true;
  }));
  if (out.empty()) return out;
  TRY_VOID(c.each("SELECT response_id, item_code, value FROM survey_answers WHERE response_id IN (" + page +
                      ") ORDER BY response_id, item_code, position",
                  {campaign_id, after_id, limit}, [&](db::Row& r) {
                    auto found = index.find(r.text(0));
                    if (found == index.end()) return true;
                    Answers& answers = out[found->second].answers;
                    std::string code = r.text(1);
                    if (code.ends_with("/other"))
                      answers[code.substr(0, code.size() - 6)].other = r.text(2);
                    else
                      answers[code].values.push_back(r.text(2));
                    return true;
                  }));
  return out;
}

}  // namespace filet::questionnaires::campaign_repository
