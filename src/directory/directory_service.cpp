#include "directory/directory_service.hpp"

#include <chrono>

#include "auth/policy.hpp"
#include "common/clock.hpp"
#include "common/ids.hpp"
#include "common/text.hpp"
#include "core/organization_repository.hpp"
#include "core/record_version.hpp"
#include "directory/directory_json.hpp"
#include "directory/postal_area_service.hpp"
#include "directory/service_repository.hpp"

namespace filet::directory {
namespace repo = service_repository;

namespace {

Error field_error(std::string field, FieldCode code, std::string param = {}) {
  return Error::field(ErrorCode::validation_failed, std::move(field), code, std::move(param));
}

// Gives every HSDS object of `list` an id and links it to the service.
boost::json::array with_ids(boost::json::array list, const std::string& service_id) {
  for (auto& item : list) {
    auto& object = item.as_object();
    if (!object.contains("id")) object["id"] = ids::new_uuid();
    object["service_id"] = service_id;
  }
  return list;
}

std::string iso_days_ago(int days) {
  auto then = std::chrono::system_clock::now() - std::chrono::hours(24 * days);
  std::time_t t = std::chrono::system_clock::to_time_t(then);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S.000Z", &tm);
  return buf;
}

}  // namespace

Result<std::vector<NeedTerm>> DirectoryService::needs() {
  auto c = TRY(pool_.acquire());
  return all_terms(*c);
}

Result<SearchResult> DirectoryService::search(const SearchRequest& request) {
  auto c = TRY(pool_.acquire());
  auto snapshot = TRY(db::Transaction::begin_read(*c));
  SearchQuery query;
  query.words = search_words(request.q);
  query.language = request.language;
  query.age = request.age;
  query.free_only = request.free_only;
  query.weekday = request.weekday;
  query.page = request.page;
  query.per_page = request.per_page;
  if (!request.need_code.empty()) {
    auto terms = TRY(all_terms(*c));
    auto it = std::find_if(terms.begin(), terms.end(), [&](auto& t) { return t.code == request.need_code; });
    if (it == terms.end()) return fail(Error::field(ErrorCode::bad_query, "need", FieldCode::not_found));
    query.need_id = it->id;
  }
  query.territory_id = request.territory_id;
  if (!request.near_postal_code.empty()) {
    query.near = TRY(postal_area_centroid(*c, request.near_postal_code));
  }
  SearchResult result;
  result.hits = TRY(directory::search(*c, query));
  if (result.hits.total == 0 && !query.words.empty()) {
    // Nothing found: perhaps a typing mistake. Each word the index does not know is corrected.
    if (auto corrected = TRY(spelling_.correct(*c, text::split_words(text::fold(request.q))))) {
      std::string corrected_q;
      for (const auto& w : *corrected) corrected_q += (corrected_q.empty() ? "" : " ") + w;
      query.words = search_words(corrected_q);
      auto hits = TRY(directory::search(*c, query));
      if (hits.total > 0) {
        result.hits = std::move(hits);
        result.corrected_query = std::move(corrected_q);
      }
    }
  }
  std::vector<std::string> ids;
  for (const auto& hit : result.hits.items) ids.push_back(hit.id);
  result.services = TRY(repo::load(*c, ids));
  TRY_VOID(snapshot.commit());
  return result;
}

Result<Service> DirectoryService::get(const std::string& id) {
  auto c = TRY(pool_.acquire());
  return repo::find(*c, id);
}

Result<Service> DirectoryService::create(const audit::Actor& actor, const db::Scope& scope,
                                         const ServiceChanges& changes) {
  if (!changes.organization_id) return fail(field_error("organization_id", FieldCode::required));
  Service s;
  s.id = ids::new_uuid();
  s.created_at = clock::now_iso();
  return save(actor, scope, std::move(s), changes, true);
}

Result<Service> DirectoryService::update(const audit::Actor& actor, const db::Scope& scope, const std::string& id,
                                         const ServiceChanges& changes) {
  Service s = TRY(get(id));
  // The form's JSON (GET's, in French, the default), sent back on a conflict.
  if (core::is_stale(changes.version, s.version)) return fail(core::version_conflict(service_json(s, "fr", true)));
  return save(actor, scope, std::move(s), changes, false);
}

Result<Service> DirectoryService::save(const audit::Actor& actor, const db::Scope& scope, Service s,
                                       const ServiceChanges& changes, bool is_new) {
  // Both the organization it belongs to now and the one it moves to must be the editor's.
  if (!is_new && !auth::may_edit_service(scope, s.organization_id)) return fail(ErrorCode::forbidden);
  if (changes.organization_id) s.organization_id = *changes.organization_id;
  if (!auth::may_edit_service(scope, s.organization_id)) return fail(ErrorCode::forbidden);
  auto set = [](std::string& field, const std::optional<std::string>& value) {
    if (value) field = *value;
  };
  set(s.status, changes.status);
  set(s.name.fr, changes.name_fr);
  set(s.name.en, changes.name_en);
  set(s.description.fr, changes.description_fr);
  set(s.description.en, changes.description_en);
  set(s.eligibility.fr, changes.eligibility_fr);
  set(s.eligibility.en, changes.eligibility_en);
  set(s.application.fr, changes.application_fr);
  set(s.application.en, changes.application_en);
  set(s.fees.fr, changes.fees_fr);
  set(s.fees.en, changes.fees_en);
  set(s.url, changes.url);
  set(s.email, changes.email);
  if (changes.is_free) s.is_free = *changes.is_free;
  if (changes.minimum_age) s.minimum_age = *changes.minimum_age;
  if (changes.maximum_age) s.maximum_age = *changes.maximum_age;
  if (changes.language_codes) s.language_codes = *changes.language_codes;
  if (changes.territory_ids) s.territory_ids = *changes.territory_ids;
  if (changes.schedules) s.document["schedules"] = with_ids(*changes.schedules, s.id);
  if (changes.phones) s.document["phones"] = with_ids(*changes.phones, s.id);
  bool waiting_changed =
      (changes.waiting_list_status && *changes.waiting_list_status != s.waiting_list_status) ||
      (changes.waiting_list_delay_days && *changes.waiting_list_delay_days != s.waiting_list_delay_days);
  if (changes.waiting_list_status) s.waiting_list_status = *changes.waiting_list_status;
  if (changes.waiting_list_delay_days) s.waiting_list_delay_days = *changes.waiting_list_delay_days;
  if (waiting_changed || (is_new && changes.waiting_list_status)) s.waiting_list_as_of = clock::now_iso().substr(0, 10);
  if (s.waiting_list_status != "waiting") s.waiting_list_delay_days.reset();
  s.updated_at = clock::now_iso();
  if (s.name.fr.empty() && s.name.en.empty()) return fail(field_error("name_fr", FieldCode::required));
  if (s.minimum_age && s.maximum_age && *s.minimum_age > *s.maximum_age)
    return fail(field_error("maximum_age", FieldCode::out_of_range, "≥ minimum_age"));

  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto organization = core::organization_repository::find(*c, s.organization_id);
  if (!organization) return fail(field_error("organization_id", FieldCode::not_found));
  s.organization_name = organization->name;
  if (changes.territory_ids) {
    auto missing = TRY(core::organization_repository::missing_ids(*c, "territories", *changes.territory_ids));
    if (!missing.empty()) return fail(field_error("territory_ids", FieldCode::not_found));
  } else if (is_new) {
    for (const auto& t : organization->territories) s.territory_ids.push_back(t.id);  // where it works
  }
  if (changes.need_ids) {
    auto terms = TRY(all_terms(*c));
    s.needs.clear();
    for (const auto& id : *changes.need_ids) {
      auto it = std::find_if(terms.begin(), terms.end(), [&](auto& t) { return t.id == id; });
      if (it == terms.end()) return fail(field_error("need_ids", FieldCode::not_found));
      s.needs.push_back({it->id, it->code, it->name_fr, it->name_en});
    }
  }
  auto scoped = scope.on(*c);
  TRY_VOID(core::with_current(
      repo::save(scoped, s, is_new, TRY(repo::load_hierarchies(*c))),
      [&]() -> Result<boost::json::value> { return service_json(TRY(repo::find(*c, s.id)), "fr", true); }));
  TRY_VOID(audit::record(*c, actor, {is_new ? "create" : "update", "service", s.id, s.organization_id}));
  TRY_VOID(tx.commit());
  return repo::find(*c, s.id);
}

Result<Service> DirectoryService::verify(const audit::Actor& actor, const auth::Principal& principal,
                                         const db::Scope& scope, const std::string& id) {
  Service s = TRY(get(id));
  if (!auth::may_edit_service(scope, s.organization_id)) return fail(ErrorCode::forbidden);
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto scoped = scope.on(*c);
  TRY_VOID(repo::mark_verified(scoped, id, clock::now_iso(), principal.name));
  TRY_VOID(audit::record(*c, actor, {"update", "service", id, s.organization_id}));
  TRY_VOID(tx.commit());
  return repo::find(*c, id);
}

Result<core::Page<Service>> DirectoryService::stale(const db::Scope& scope, const core::ListQuery& query) {
  auto c = TRY(pool_.acquire());
  auto scoped = scope.on(*c);
  return repo::stale(scoped, iso_days_ago(365), query);
}

}  // namespace filet::directory
