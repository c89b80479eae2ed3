#include "questionnaires/questionnaire_service.hpp"

#include "auth/questionnaire_policy.hpp"
#include "common/clock.hpp"
#include "common/ids.hpp"
#include "db/pool.hpp"
#include "questionnaires/questionnaire_repository.hpp"
#include "questionnaires/xlsform.hpp"

namespace filet::questionnaires {
namespace repo = questionnaire_repository;

namespace {

// The form in `xlsx`, read before any write: a refused file leaves nothing. Not a workbook at all
// (not a zip, a part missing or broken): the file is named, like a row.
Result<xlsform::Form> read_form(std::string_view xlsx) {
  auto read = xlsform::read(xlsx);
  if (!read && read.error().code == ErrorCode::bad_request)
    return fail(Error::field(ErrorCode::validation_failed, "file", FieldCode::invalid_format, "xlsx"));
  return read;
}

Result<void> check_group(const std::string& respondent_group) {
  if (respondent_group.size() > 64)
    return fail(Error::field(ErrorCode::validation_failed, "respondent_group", FieldCode::too_long, "64"));
  return {};
}

}  // namespace

Result<Questionnaire> QuestionnaireService::import_xlsform(const Requester& who, const std::string& organization_id,
                                                           std::string_view xlsx, const std::string& respondent_group) {
  TRY_VOID(auth::may_build_questionnaire(who.principal, who.scope, organization_id));
  TRY_VOID(check_group(respondent_group));
  xlsform::Form form = TRY(read_form(xlsx));
  Questionnaire q{ids::new_uuid(), organization_id, form.form_id, form.title, clock::now_iso(), {}, 1};
  q.updated_at = q.created_at;
  Version& v = form.version;
  v.id = ids::new_uuid();
  v.questionnaire_id = q.id;
  v.number = 1;
  v.respondent_group = respondent_group;
  v.created_at = q.created_at;
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto scoped = who.scope.on(*c);
  if (auto inserted = repo::insert(scoped, q); !inserted) {
    if (inserted.error().code == ErrorCode::conflict)
      return fail(Error::field(ErrorCode::validation_failed, "settings[2].form_id", FieldCode::duplicate));
    return std::unexpected(inserted.error());
  }
  TRY_VOID(repo::insert_version(scoped, v));
  TRY_VOID(audit::record(*c, who.actor, {"import", "questionnaire", q.id, organization_id}));
  TRY_VOID(tx.commit());
  return q;
}

Result<Version> QuestionnaireService::import_version(const Requester& who, const std::string& questionnaire_id,
                                                     const std::string& respondent_group, std::string_view xlsx) {
  TRY_VOID(check_group(respondent_group));
  auto c = TRY(pool_.acquire());
  auto scoped = who.scope.on(*c);
  // Who may build it is asked before the file is read: a questionnaire out of reach is not found,
  // whatever the file holds. The file is read outside the transaction (no lock while it parses).
  const Questionnaire q = TRY(repo::find(scoped, questionnaire_id));
  TRY_VOID(auth::may_build_questionnaire(who.principal, who.scope, q.organization_id));
  xlsform::Form form = TRY(read_form(xlsx));
  auto tx = TRY(db::Transaction::begin(*c));
  if (form.form_id != q.code)
    return fail(Error::field(ErrorCode::validation_failed, "settings[2].form_id", FieldCode::invalid_value, q.code));
  Version v = std::move(form.version);
  v.id = ids::new_uuid();
  v.questionnaire_id = q.id;
  v.number = TRY(repo::next_version_number(scoped, q.id, respondent_group));
  v.respondent_group = respondent_group;
  v.created_at = clock::now_iso();
  TRY_VOID(repo::insert_version(scoped, v));
  TRY_VOID(audit::record(*c, who.actor, {"import", "questionnaire", q.id, q.organization_id}));
  TRY_VOID(tx.commit());
  return v;
}

Result<db::Page<Questionnaire>> QuestionnaireService::list(const Requester& who, const std::string& organization_id,
                                                           const db::ListQuery& query) {
  auto c = TRY(pool_.acquire());
  auto scoped = who.scope.on(*c);
  return repo::list(scoped, organization_id, query);
}

Result<QuestionnaireDetail> QuestionnaireService::detail(const Requester& who, const std::string& id) {
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin_read(*c));
  auto scoped = who.scope.on(*c);
  QuestionnaireDetail out{TRY(repo::find(scoped, id)), {}};
  out.versions = TRY(repo::versions_of(scoped, id));
  return out;
}

Result<Version> QuestionnaireService::version(const Requester& who, const std::string& version_id) {
  auto c = TRY(pool_.acquire());
  auto scoped = who.scope.on(*c);
  return repo::find_version(scoped, version_id);
}

Result<std::string> QuestionnaireService::export_xlsform(const Requester& who, const std::string& version_id) {
  auto c = TRY(pool_.acquire());
  auto scoped = who.scope.on(*c);
  Version v = TRY(repo::find_version(scoped, version_id));
  const Questionnaire q = TRY(repo::find(scoped, v.questionnaire_id));
  return xlsform::write({q.code, q.title, std::move(v)});
}

}  // namespace filet::questionnaires
