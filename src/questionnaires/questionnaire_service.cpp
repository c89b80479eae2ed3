#include "questionnaires/questionnaire_service.hpp"

#include "auth/questionnaire_policy.hpp"
#include "common/clock.hpp"
#include "common/ids.hpp"
#include "db/pool.hpp"
#include "questionnaires/questionnaire_repository.hpp"
#include "questionnaires/xlsform.hpp"

namespace filet::questionnaires {
namespace repo = questionnaire_repository;

Result<Questionnaire> QuestionnaireService::import_xlsform(const Requester& who, const std::string& organization_id,
                                                           std::string_view xlsx) {
  TRY_VOID(auth::may_build_questionnaire(who.principal, who.scope, organization_id));
  auto read = xlsform::read(xlsx);  // before any write: a refused file leaves nothing
  // Not a workbook at all (not a zip, a part missing or broken): the file is named, like a row.
  if (!read && read.error().code == ErrorCode::bad_request)
    return fail(Error::field(ErrorCode::validation_failed, "file", FieldCode::invalid_format, "xlsx"));
  xlsform::Form form = TRY(std::move(read));
  Questionnaire q{ids::new_uuid(), organization_id, form.form_id, form.title, clock::now_iso(), {}, 1};
  q.updated_at = q.created_at;
  Version& v = form.version;
  v.id = ids::new_uuid();
  v.questionnaire_id = q.id;
  v.number = 1;
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
