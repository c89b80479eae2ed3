#include "groups/material_service.hpp"

#include <set>

#include "common/clock.hpp"
#include "common/ids.hpp"
#include "core/record_version.hpp"
#include "files/file_type.hpp"
#include "groups/group_repository.hpp"
#include "groups/material_repository.hpp"
#include "groups/notebook.hpp"

namespace filet::groups {
namespace repo = group_repository;

namespace {

// A session number the program does not have: as if the session did not exist.
Result<void> check_number(const GroupProgram& p, int64_t number) {
  if (number < 1 || number > static_cast<int64_t>(p.sessions.size())) return fail(ErrorCode::not_found);
  return {};
}

}  // namespace

Result<GroupProgram> MaterialService::update_session(const Requester& who, const std::string& program_id,
                                                     int64_t number, const ProgramSessionChanges& changes) {
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto scoped = who.scope.on(*c);
  auto p = TRY(repo::find_program(scoped, program_id));
  TRY_VOID(check_number(p, number));
  TRY_VOID(auth::may_plan_groups(who.principal, who.scope, p.organization_id));
  if (core::is_stale(changes.version, p.version)) return fail(core::version_conflict(to_json(p)));
  apply(p.sessions[static_cast<size_t>(number - 1)], changes);
  p.updated_at = clock::now_iso();
  TRY_VOID(core::with_current(repo::update_program(scoped, p), [&]() -> Result<boost::json::value> {
    return to_json(TRY(repo::find_program(scoped, program_id)));
  }));
  TRY_VOID(audit::record(*c, who.actor, {"update", "group_program", program_id, p.organization_id}));
  TRY_VOID(tx.commit());
  return repo::find_program(scoped, program_id);
}

Result<Material> MaterialService::add(const Requester& who, const std::string& program_id, int64_t number,
                                      const MaterialUpload& upload) {
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto scoped = who.scope.on(*c);
  auto p = TRY(repo::find_program(scoped, program_id));
  TRY_VOID(check_number(p, number));
  TRY_VOID(auth::may_plan_groups(who.principal, who.scope, p.organization_id));
  if (upload.bytes.size() > files::kMaxFileBytes)
    return fail(Error::field(ErrorCode::payload_too_large, "content_base64", FieldCode::invalid_value, "file_size"));
  auto type = files::detect_type(upload.bytes, upload.name);
  if (!type)
    return fail(Error::field(ErrorCode::validation_failed, "content_base64", FieldCode::invalid_value, "file_kind"));
  const auto now = clock::now_iso();
  files::StoredFile f{ids::new_uuid(),
                      p.organization_id,
                      upload.name,
                      std::string(*type),
                      static_cast<int64_t>(upload.bytes.size()),
                      files::sha256_hex(upload.bytes),
                      who.principal.user_id,
                      now};
  Material m{ids::new_uuid(), p.id, number, f.id, f.name, f.content_type, f.size_bytes, now};
  TRY_VOID(files::file_repository::insert(scoped, f));
  TRY_VOID(material_repository::insert(scoped, m));
  TRY_VOID(audit::record(*c, who.actor, {"create", "group_program_material", m.id, p.organization_id}));
  // The bytes before the commit: a failed write leaves no record naming missing bytes (a failed
  // commit may leave bytes nobody names, which a later upload of the same bytes reuses).
  TRY_VOID(store_.put(f.sha256, upload.bytes));
  TRY_VOID(tx.commit());
  return m;
}

Result<void> MaterialService::remove(const Requester& who, const std::string& material_id) {
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto scoped = who.scope.on(*c);
  auto m = TRY(material_repository::find(scoped, who.reach(), material_id));
  auto p = TRY(repo::find_program(scoped, m.program_id));
  TRY_VOID(auth::may_plan_groups(who.principal, who.scope, p.organization_id));
  auto f = TRY(files::file_repository::find(scoped, m.file_id));
  TRY_VOID(material_repository::remove(scoped, m.id));
  TRY_VOID(files::file_repository::remove(scoped, f.id));
  const bool last = TRY(files::file_repository::count_with_sha256(scoped, f.sha256)) == 0;
  TRY_VOID(audit::record(*c, who.actor, {"delete", "group_program_material", m.id, p.organization_id}));
  TRY_VOID(tx.commit());
  if (last) store_.remove(f.sha256);
  return {};
}

Result<MaterialDownload> MaterialService::download(const Requester& who, const std::string& material_id) {
  auto c = TRY(pool_.acquire());
  auto scoped = who.scope.on(*c);
  auto m = TRY(material_repository::find(scoped, who.reach(), material_id));
  auto f = TRY(files::file_repository::find(scoped, m.file_id));
  auto bytes = TRY(store_.read(f.sha256));
  return MaterialDownload{std::move(f), std::move(bytes)};
}

Result<boost::json::object> MaterialService::notebook(const Requester& who, const std::string& group_id) {
  auto c = TRY(pool_.acquire());
  auto scoped = who.scope.on(*c);
  NotebookRecords r;
  r.group = TRY(repo::find_group(scoped, who.reach(), group_id));
  if (!r.group.program_id.empty()) r.program = TRY(repo::find_program(scoped, r.group.program_id));
  r.sessions = TRY(repo::sessions_of(scoped, group_id));
  r.participants = TRY(repo::participants_of(scoped, group_id));
  std::set<std::string> organizations;
  for (const auto& p : r.participants)
    if (in_notebook(p) && !p.organization_id.empty()) organizations.insert(p.organization_id);
  r.organization_names =
      TRY(material_repository::organization_names(scoped, {organizations.begin(), organizations.end()}));
  return groups::notebook(r);
}

}  // namespace filet::groups
