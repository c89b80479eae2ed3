#include "groups/group_service.hpp"

#include <algorithm>

#include "common/clock.hpp"
#include "common/ids.hpp"
#include "core/record_version.hpp"
#include "families/dates.hpp"
#include "groups/family_link.hpp"
#include "groups/family_link_repository.hpp"
#include "groups/group_fields.hpp"
#include "groups/material_repository.hpp"

namespace filet::groups {
namespace repo = group_repository;
namespace links = family_link_repository;

namespace {

Error field_error(std::string field, FieldCode code, std::string param = {}) {
  return Error::field(ErrorCode::validation_failed, std::move(field), code, std::move(param));
}

// A body naming a group the reader does not reach: as if it did not exist, naming group_id.
template <class T>
Result<T> named(Result<T> found, std::string_view field) {
  if (found || found.error().code != ErrorCode::not_found) return found;
  return fail(field_error(std::string(field), FieldCode::not_found));
}

// The references a group names and the rules between its fields, the first broken one.
Result<void> check_group(db::ScopedConnection& c, const Group& g) {
  if (!g.program_id.empty()) TRY(named(repo::find_program(c, g.program_id), "program_id"));
  if (!g.territory_id.empty() && !TRY(repo::territory_exists(c, g.territory_id)))
    return fail(field_error("territory_id", FieldCode::not_found));
  if (auto id = TRY(repo::first_non_facilitator(c, g.facilitator_ids)); !id.empty())
    return fail(field_error("facilitator_ids", FieldCode::not_found, id));
  if (auto id = TRY(repo::first_unknown_organization(c, g.host_organization_ids)); !id.empty())
    return fail(field_error("host_organization_ids", FieldCode::not_found, id));
  if (!g.starts_on.empty() && !g.ends_on.empty() && g.ends_on < g.starts_on)
    return fail(field_error("ends_on", FieldCode::before_other, "starts_on"));
  return {};
}

Result<void> check_participant(db::ScopedConnection& c, const Participant& p) {
  if (!p.organization_id.empty() && !TRY(repo::first_unknown_organization(c, {p.organization_id})).empty())
    return fail(field_error("organization_id", FieldCode::not_found));
  return {};
}

Result<void> check_session(db::ScopedConnection& c, const Session& s) {
  if (!s.host_organization_id.empty() && !TRY(repo::first_unknown_organization(c, {s.host_organization_id})).empty())
    return fail(field_error("host_organization_id", FieldCode::not_found));
  for (const auto& other : TRY(repo::sessions_of(c, s.group_id)))
    if (other.number == s.number && other.id != s.id)
      return fail(field_error("number", FieldCode::duplicate, std::to_string(s.number)));
  return {};
}

// Sets or clears (`target` "") a participant's link to a family of the journal: a parent's only,
// to a family the reader reads identified, while its consent to group participation holds
// (family_link.hpp); else validation_failed naming family_id. One audit entry when it changes.
Result<void> write_family_link(db::ScopedConnection& c, const audit::Actor& actor, const Participant& p,
                               const std::string& organization_id, const std::string& target) {
  if (!target.empty()) {
    auto family = TRY(links::family_for_link(c, target));
    const auto terms = family.terms();
    if (auto why = family_link_refusal(p.kind, family.found, terms, families::today())) {
      std::string param = *why == FieldCode::invalid_value     ? "parent"
                          : *why == FieldCode::consent_missing ? std::string(kGroupParticipationPurpose)
                                                               : "";
      return fail(field_error("family_id", *why, std::move(param)));
    }
  }
  if (TRY(links::stored_link(c, p.id)) == target) return {};
  TRY_VOID(links::set_link(c, p.id, target));
  return audit::record(c.connection(), actor,
                       {target.empty() ? "delete" : "create", "group_family_link", p.id, organization_id});
}

// A participant with the link the reader may see today.
Result<Participant> with_link(db::ScopedConnection& c, Result<Participant> found) {
  if (!found) return found;
  std::vector<Participant> one{std::move(*found)};
  TRY_VOID(links::attach_links(c, one, families::today()));
  return std::move(one.front());
}

// Saves under a compare-and-set; a conflict carries the record as it is now.
template <class Record, class Save, class Read>
Result<void> save_versioned(Save save, Read read) {
  return core::with_current(save(), [&]() -> Result<boost::json::value> { return to_json(TRY(read())); });
}

}  // namespace

// --- programs

Result<db::Page<GroupProgram>> GroupService::list_programs(const Requester& who, const db::ListQuery& query) {
  auto c = TRY(pool_.acquire());
  auto scoped = who.scope.on(*c);
  return repo::list_programs(scoped, query);
}

Result<GroupProgram> GroupService::get_program(const Requester& who, const std::string& id) {
  auto c = TRY(pool_.acquire());
  auto scoped = who.scope.on(*c);
  return repo::find_program(scoped, id);
}

Result<GroupProgram> GroupService::create_program(const Requester& who, const GroupProgramChanges& changes) {
  GroupProgram p;
  apply(p, changes);
  TRY_VOID(auth::may_plan_groups(who.principal, who.scope, p.organization_id));
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto scoped = who.scope.on(*c);
  p.id = ids::new_uuid();
  p.created_at = p.updated_at = clock::now_iso();
  TRY_VOID(repo::insert_program(scoped, p));
  TRY_VOID(audit::record(*c, who.actor, {"create", "group_program", p.id, p.organization_id}));
  TRY_VOID(tx.commit());
  return p;
}

Result<GroupProgram> GroupService::update_program(const Requester& who, const std::string& id,
                                                  const GroupProgramChanges& changes) {
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto scoped = who.scope.on(*c);
  auto p = TRY(repo::find_program(scoped, id));
  TRY_VOID(auth::may_plan_groups(who.principal, who.scope, p.organization_id));
  if (changes.organization_id && *changes.organization_id != p.organization_id)
    return fail(field_error("organization_id", FieldCode::invalid_value, p.organization_id));
  if (core::is_stale(changes.version, p.version)) return fail(core::version_conflict(to_json(p)));
  // Fewer sessions may not drop one that holds materials (they are removed first).
  if (changes.themes &&
      TRY(material_repository::last_session_with_materials(scoped, id)) > static_cast<int64_t>(changes.themes->size()))
    return fail(field_error("themes", FieldCode::invalid_value, "session_has_materials"));
  apply(p, changes);
  p.updated_at = clock::now_iso();
  TRY_VOID(save_versioned<GroupProgram>([&] { return repo::update_program(scoped, p); },
                                        [&] { return repo::find_program(scoped, id); }));
  TRY_VOID(audit::record(*c, who.actor, {"update", "group_program", id, p.organization_id}));
  TRY_VOID(tx.commit());
  return repo::find_program(scoped, id);
}

// --- groups

Result<db::Page<Group>> GroupService::list_groups(const Requester& who, const repo::GroupFilters& filters,
                                                  const db::ListQuery& query) {
  auto c = TRY(pool_.acquire());
  auto scoped = who.scope.on(*c);
  return repo::list_groups(scoped, who.reach(), filters, query);
}

Result<Group> GroupService::get_group(const Requester& who, const std::string& id) {
  auto c = TRY(pool_.acquire());
  auto scoped = who.scope.on(*c);
  return repo::find_group(scoped, who.reach(), id);
}

Result<Group> GroupService::create_group(const Requester& who, const GroupChanges& changes) {
  Group g;
  apply(g, changes);
  TRY_VOID(auth::may_plan_groups(who.principal, who.scope, g.organization_id));
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto scoped = who.scope.on(*c);
  TRY_VOID(check_group(scoped, g));
  g.id = ids::new_uuid();
  g.created_at = g.updated_at = clock::now_iso();
  TRY_VOID(repo::insert_group(scoped, g));
  TRY_VOID(audit::record(*c, who.actor, {"create", "group", g.id, g.organization_id}));
  TRY_VOID(tx.commit());
  return repo::find_group(scoped, who.reach(), g.id);
}

Result<Group> GroupService::update_group(const Requester& who, const std::string& id, const GroupChanges& changes) {
  const auto reach = who.reach();
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto scoped = who.scope.on(*c);
  auto g = TRY(repo::find_group(scoped, reach, id));
  TRY_VOID(auth::may_plan_groups(who.principal, who.scope, g.organization_id));
  if (changes.organization_id && *changes.organization_id != g.organization_id)
    return fail(field_error("organization_id", FieldCode::invalid_value, g.organization_id));
  if (core::is_stale(changes.version, g.version)) return fail(core::version_conflict(to_json(g)));
  apply(g, changes);
  TRY_VOID(check_group(scoped, g));
  g.updated_at = clock::now_iso();
  TRY_VOID(save_versioned<Group>([&] { return repo::update_group(scoped, g); },
                                 [&] { return repo::find_group(scoped, reach, id); }));
  TRY_VOID(audit::record(*c, who.actor, {"update", "group", id, g.organization_id}));
  TRY_VOID(tx.commit());
  return repo::find_group(scoped, reach, id);
}

// --- participants

Result<db::Page<Participant>> GroupService::list_participants(const Requester& who, const std::string& group_id,
                                                              const db::ListQuery& query) {
  auto c = TRY(pool_.acquire());
  auto scoped = who.scope.on(*c);
  auto page = TRY(repo::list_participants(scoped, who.reach(), group_id, query));
  TRY_VOID(links::attach_links(scoped, page.items, families::today()));
  return page;
}

Result<Participant> GroupService::get_participant(const Requester& who, const std::string& id) {
  auto c = TRY(pool_.acquire());
  auto scoped = who.scope.on(*c);
  return with_link(scoped, repo::find_participant(scoped, who.reach(), id));
}

Result<Participant> GroupService::create_participant(const Requester& who, const ParticipantChanges& changes) {
  Participant p;
  apply(p, changes);
  const auto reach = who.reach();
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto scoped = who.scope.on(*c);
  auto g = TRY(named(repo::find_group(scoped, reach, p.group_id), "group_id"));
  TRY_VOID(auth::may_plan_groups(who.principal, who.scope, g.organization_id));
  TRY_VOID(check_participant(scoped, p));
  p.id = ids::new_uuid();
  p.created_at = p.updated_at = clock::now_iso();
  TRY_VOID(repo::insert_participant(scoped, p));
  TRY_VOID(audit::record(*c, who.actor, {"create", "group_participant", p.id, g.organization_id}));
  if (changes.family_id) TRY_VOID(write_family_link(scoped, who.actor, p, g.organization_id, *changes.family_id));
  TRY_VOID(tx.commit());
  return with_link(scoped, repo::find_participant(scoped, reach, p.id));
}

Result<Participant> GroupService::update_participant(const Requester& who, const std::string& id,
                                                     const ParticipantChanges& changes) {
  const auto reach = who.reach();
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto scoped = who.scope.on(*c);
  auto p = TRY(repo::find_participant(scoped, reach, id));
  auto g = TRY(repo::find_group(scoped, reach, p.group_id));
  TRY_VOID(auth::may_plan_groups(who.principal, who.scope, g.organization_id));
  if (changes.group_id && *changes.group_id != p.group_id)
    return fail(field_error("group_id", FieldCode::invalid_value, p.group_id));
  if (core::is_stale(changes.version, p.version)) return fail(core::version_conflict(to_json(p)));
  apply(p, changes);
  TRY_VOID(check_participant(scoped, p));
  p.updated_at = clock::now_iso();
  TRY_VOID(save_versioned<Participant>([&] { return repo::update_participant(scoped, p); },
                                       [&] { return repo::find_participant(scoped, reach, id); }));
  TRY_VOID(audit::record(*c, who.actor, {"update", "group_participant", id, g.organization_id}));
  // A link asked for, or none once the participant is no longer a parent.
  if (changes.family_id)
    TRY_VOID(write_family_link(scoped, who.actor, p, g.organization_id, *changes.family_id));
  else if (p.kind != "parent")
    TRY_VOID(write_family_link(scoped, who.actor, p, g.organization_id, ""));
  TRY_VOID(tx.commit());
  return with_link(scoped, repo::find_participant(scoped, reach, id));
}

// --- sessions

Result<db::Page<Session>> GroupService::list_sessions(const Requester& who, const std::string& group_id,
                                                      const db::ListQuery& query) {
  auto c = TRY(pool_.acquire());
  auto scoped = who.scope.on(*c);
  return repo::list_sessions(scoped, who.reach(), group_id, query);
}

Result<Session> GroupService::get_session(const Requester& who, const std::string& id) {
  auto c = TRY(pool_.acquire());
  auto scoped = who.scope.on(*c);
  return repo::find_session(scoped, who.reach(), id);
}

Result<Session> GroupService::create_session(const Requester& who, const SessionChanges& changes) {
  Session s;
  apply(s, changes);
  const auto reach = who.reach();
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto scoped = who.scope.on(*c);
  auto g = TRY(named(repo::find_group(scoped, reach, s.group_id), "group_id"));
  TRY_VOID(auth::may_plan_groups(who.principal, who.scope, g.organization_id));
  // The theme comes from the program's session of that number unless the body adjusts it.
  if (s.theme.empty() && !g.program_id.empty()) {
    auto program = TRY(repo::find_program(scoped, g.program_id));
    if (s.number >= 1 && s.number <= static_cast<int64_t>(program.sessions.size()))
      s.theme = program.sessions[static_cast<size_t>(s.number - 1)].theme;
  }
  TRY_VOID(check_session(scoped, s));
  s.id = ids::new_uuid();
  s.created_at = s.updated_at = clock::now_iso();
  TRY_VOID(repo::insert_session(scoped, s));
  TRY_VOID(audit::record(*c, who.actor, {"create", "group_session", s.id, g.organization_id}));
  TRY_VOID(tx.commit());
  return repo::find_session(scoped, reach, s.id);
}

Result<Session> GroupService::update_session(const Requester& who, const std::string& id,
                                             const SessionChanges& changes) {
  const auto reach = who.reach();
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto scoped = who.scope.on(*c);
  auto s = TRY(repo::find_session(scoped, reach, id));
  auto g = TRY(repo::find_group(scoped, reach, s.group_id));
  TRY_VOID(auth::may_plan_groups(who.principal, who.scope, g.organization_id));
  if (changes.group_id && *changes.group_id != s.group_id)
    return fail(field_error("group_id", FieldCode::invalid_value, s.group_id));
  if (core::is_stale(changes.version, s.version)) return fail(core::version_conflict(to_json(s)));
  apply(s, changes);
  TRY_VOID(check_session(scoped, s));
  s.updated_at = clock::now_iso();
  TRY_VOID(save_versioned<Session>([&] { return repo::update_session(scoped, s); },
                                   [&] { return repo::find_session(scoped, reach, id); }));
  TRY_VOID(audit::record(*c, who.actor, {"update", "group_session", id, g.organization_id}));
  TRY_VOID(tx.commit());
  return repo::find_session(scoped, reach, id);
}

}  // namespace filet::groups
