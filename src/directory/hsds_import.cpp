#include "directory/hsds_import.hpp"

#include <map>
#include <set>

#include "audit/audit_log.hpp"
#include "auth/policy.hpp"
#include "common/clock.hpp"
#include "common/field_rules.hpp"
#include "common/ids.hpp"
#include "common/text.hpp"
#include "directory/hsds_encode.hpp"
#include "directory/hsds_import_records.hpp"
#include "directory/hsds_import_repository.hpp"
#include "directory/hsds_import_worker.hpp"
#include "directory/need_taxonomy.hpp"
#include "directory/service.hpp"
#include "directory/service_repository.hpp"

namespace filet::directory {
namespace json = boost::json;
using namespace hsds_records;

bool is_organization_record(const json::object& in) {
  for (std::string_view key : {"organization_id", "organization", "status", "service_at_locations"})
    if (in.contains(key)) return false;
  return in.contains("name");
}

namespace {

// Makes sure the organization exists, creating it from the embedded HSDS organization.
Result<std::optional<Rejection>> resolve_organization(db::Connection& c, const json::object& in, Service& s,
                                                      std::map<std::string, std::string>& known,
                                                      const std::string& now) {
  s.organization_id = str(in, "organization_id");
  const auto* embedded = object_at(in, "organization");
  if (s.organization_id.empty() && embedded) s.organization_id = str(*embedded, "id");
  if (!ids::is_uuid(s.organization_id))
    return std::optional<Rejection>{{{"organization_id", FieldCode::invalid_format, "UUID"}}};
  if (auto it = known.find(s.organization_id); it != known.end()) {
    s.organization_name = it->second;
    return std::optional<Rejection>{};
  }
  if (auto name = TRY(hsds_import_repository::organization_name(c, s.organization_id))) {
    s.organization_name = known[s.organization_id] = *name;
    return std::optional<Rejection>{};
  }
  if (!embedded || str(*embedded, "name").empty())
    return std::optional<Rejection>{{{"organization_id", FieldCode::not_found, {}}}};
  hsds_import_repository::OrganizationRow o;
  json::object named = *embedded;
  named["id"] = s.organization_id;
  if (auto rejection = read_organization(named, "organization.", o)) return rejection;
  TRY_VOID(hsds_import_repository::insert_organization(c, o, now));
  s.organization_name = known[s.organization_id] = o.name;
  return std::optional<Rejection>{};
}

// Needs from attributes (creating terms of other taxonomies), territories from service areas.
Result<void> resolve_classification(db::Connection& c, const json::object& in, Service& s,
                                    std::map<std::string, NeedTerm>& terms, Hierarchies& hierarchies,
                                    const std::map<std::string, std::string>& territories_by_name) {
  json::array kept;
  if (const auto* attributes = array_at(in, "attributes")) {
    for (const auto& a : *attributes) {
      const auto* o = a.if_object();
      std::string term_id = o ? str(*o, "taxonomy_term_id") : "";
      const auto* term = o ? object_at(*o, "taxonomy_term") : nullptr;
      if (term_id.empty() && term) term_id = str(*term, "id");
      // Another database's id for a term Filet has: the same code in the same taxonomy.
      if (!terms.contains(term_id) && term && !str(*term, "code").empty()) {
        auto same = std::find_if(terms.begin(), terms.end(), [&](const auto& entry) {
          return entry.second.code == str(*term, "code") &&
                 (str(*term, "taxonomy_id").empty() || entry.second.taxonomy_id == str(*term, "taxonomy_id"));
        });
        if (same != terms.end()) term_id = same->first;
      }
      if (!terms.contains(term_id) && term && !str(*term, "name").empty() && ids::is_uuid(term_id)) {
        NeedTerm t{term_id,
                   str(*term, "taxonomy_id"),
                   str(*term, "code"),
                   str(*term, "parent_id"),
                   str(*term, "name"),
                   "",
                   str(*term, "description"),
                   "",
                   ""};
        bool parent_known = terms.contains(t.parent_id);
        TRY_VOID(hsds_import_repository::add_term(
            c, t, str(*term, "taxonomy").empty() ? t.taxonomy_id : str(*term, "taxonomy"), parent_known));
        terms.emplace(t.id, t);
        if (parent_known) hierarchies.term_parent[t.id] = t.parent_id;
      }
      auto it = terms.find(term_id);
      bool same_id = o && (str(*o, "taxonomy_term_id") == term_id || (term && str(*term, "id") == term_id));
      if (it != terms.end()) {
        const NeedTerm& t = it->second;
        if (std::none_of(s.needs.begin(), s.needs.end(), [&](auto& n) { return n.id == t.id; }))
          s.needs.push_back({t.id, t.code, t.name_fr, t.name_en});
        if (same_id) kept.push_back(a);  // the attribute as it came (its id, value, label)
      } else {
        kept.push_back(a);  // an attribute Filet does not model: kept as it came
      }
    }
  }
  if (!kept.empty()) s.document["attributes"] = std::move(kept);
  if (const auto* areas = array_at(in, "service_areas")) {
    json::array unmatched;
    for (const auto& area : *areas) {
      const auto* o = area.if_object();
      std::string uri = o ? str(*o, "uri") : "";
      std::string id = uri.starts_with("filet:territory:") ? uri.substr(16) : "";
      if (id.empty() && o) {
        auto named = territories_by_name.find(text::fold(str(*o, "name")));
        if (named != territories_by_name.end()) id = named->second;
      }
      bool known =
          std::any_of(territories_by_name.begin(), territories_by_name.end(), [&](auto& t) { return t.second == id; });
      if (known)
        s.territory_ids.push_back(id);
      else
        unmatched.push_back(area);
    }
    if (!unmatched.empty()) s.document["service_areas"] = std::move(unmatched);
  }
  return {};
}

// The service's locations: an embedded location is created or rewritten, one named by id only is
// linked. Another organization's location is rewritten only with allow_reassign, and reported.
Result<std::optional<Rejection>> resolve_locations(db::Connection& c, const json::object& in, Service& s,
                                                   const ImportOptions& options, ImportReport& report) {
  const auto* list = array_at(in, "service_at_locations");
  if (!list) return std::optional<Rejection>{};
  for (const auto& item : *list) {
    const auto* sal = item.if_object();
    if (!sal) continue;
    const auto* location = object_at(*sal, "location");
    LocationRef l;
    l.service_at_location_id = ids::is_uuid(str(*sal, "id")) ? str(*sal, "id") : ids::new_uuid();
    for (const auto& [key, value] : *sal)
      if (key != "id" && key != "service_id" && key != "location_id" && key != "location")
        l.service_at_location[key] = value;
    l.id = str(*sal, "location_id");
    if (l.id.empty() && location) l.id = str(*location, "id");
    if (!ids::is_uuid(l.id)) continue;
    // Another organization's location, exactly as stored (an export imported again): only linked.
    auto owner = location ? TRY(hsds_import_repository::location_owner(c, l.id)) : std::nullopt;
    bool foreign = owner && !owner->empty() && *owner != s.organization_id;
    if (foreign) {
      auto stored = TRY(hsds_import_repository::find_location(c, l.id));
      if (stored && (stored->document == *location || hsds_location(*stored) == *location)) location = nullptr;
    }
    if (location) {
      if (foreign) {
        if (!options.allow_reassign)
          return std::optional<Rejection>{
              {{"service_at_locations.location.id", FieldCode::other_organization, *owner}}};
        report.reassigned.push_back({"location", l.id, *owner, s.organization_id});
      }
      l.name = str(*location, "name");
      if (const auto* lat = location->if_contains("latitude"); lat && lat->is_number())
        l.latitude = lat->to_number<double>();
      if (const auto* lon = location->if_contains("longitude"); lon && lon->is_number())
        l.longitude = lon->to_number<double>();
      if (const auto* addresses = array_at(*location, "addresses"); addresses && !addresses->empty())
        if (const auto* a = addresses->front().if_object()) {
          l.address_1 = str(*a, "address_1");
          l.city = str(*a, "city");
          l.postal_code = str(*a, "postal_code");
        }
      l.document = *location;
      TRY_VOID(hsds_import_repository::save_location(c, l, s.organization_id));
    } else {
      auto stored = TRY(hsds_import_repository::find_location(c, l.id));
      if (!stored) continue;
      stored->service_at_location_id = l.service_at_location_id;
      stored->service_at_location = std::move(l.service_at_location);
      l = std::move(*stored);
    }
    s.locations.push_back(std::move(l));
  }
  return std::optional<Rejection>{};
}

// An organization record (a folder's organizations.json, or a one-record file): created when new;
// an existing organization is left as it is.
Result<std::optional<Rejection>> import_organization(db::Connection& c, const json::object& in,
                                                     std::map<std::string, std::string>& known, const std::string& now,
                                                     ImportReport& report) {
  hsds_import_repository::OrganizationRow o;
  if (auto rejection = read_organization(in, "", o)) return rejection;
  if (known.contains(o.id) || TRY(hsds_import_repository::organization_name(c, o.id)))
    return std::optional<Rejection>{};
  TRY_VOID(hsds_import_repository::insert_organization(c, o, now));
  known[o.id] = o.name;
  ++report.organizations_imported;
  return std::optional<Rejection>{};
}

// What is wrong with a record whatever the database holds: not an object, NaN or an infinity
// (never exportable), control characters in a text (the API's rule).
std::optional<FieldError> record_problem(const json::value& record) {
  if (!record.is_object()) return FieldError{"record", FieldCode::wrong_type, "object"};
  if (!field_rules::is_finite_everywhere(record)) return FieldError{"record", FieldCode::out_of_range, "NaN, ±∞"};
  if (auto path = field_rules::control_character_path(record))
    return FieldError{*path, FieldCode::invalid_format, "control characters"};
  return std::nullopt;
}

// Everything about a record that needs no database: its checks, its kind, a service's fields.
void prepare_record(RecordPrefetcher::Record& r, const ImportOptions& options) {
  r.problem = record_problem(r.record);
  if (r.problem) return;
  r.organization = is_organization_record(r.record.as_object());
  if (!r.organization) r.rejection = read_service(r.record.as_object(), options, r.service);
}

}  // namespace

json::object ImportReport::to_json() const {
  json::array list;
  for (const auto& r : rejected) {
    FieldMessage message = field_message(r.reason);
    json::object entry{{"index", r.index},
                       {"id", r.id},
                       {"field", r.reason.field},
                       {"reason_fr", message.fr},
                       {"reason_en", message.en},
                       // The CSV file and line, or the file, a record came from (null for a JSON body).
                       {"source", r.source.empty() ? json::value(nullptr) : json::value(r.source)}};
    list.push_back(std::move(entry));
  }
  json::array changes;
  for (const auto& r : reassigned)
    changes.push_back({{"kind", r.kind},
                       {"id", r.id},
                       {"from_organization_id", r.from_organization_id},
                       {"to_organization_id", r.to_organization_id}});
  return {{"imported", imported},
          {"updated", updated},
          {"organizations_imported", organizations_imported},
          {"rejected", std::move(list)},
          {"reassigned", std::move(changes)}};
}

Result<ImportReport> import_hsds(db::Pool& pool, const json::value& input, const ImportOptions& options,
                                 const std::string& actor_email, const std::string& request_id) {
  json::array single;
  const json::array* records = input.if_array();
  if (!records) {
    if (!input.is_object())
      return fail(Error::field(ErrorCode::validation_failed, "body", FieldCode::wrong_type, "array"));
    single.push_back(input);
    records = &single;
  }
  size_t next = 0;
  return import_hsds(
      pool,
      [&](json::value& out) -> Result<bool> {
        if (next == records->size()) return false;
        out = (*records)[next++];
        return true;
      },
      options, actor_email, request_id);
}

Result<ImportReport> import_hsds(db::Pool& pool, const RecordSource& source, const ImportOptions& options,
                                 const std::string& actor_email, const std::string& request_id) {
  auto c = TRY(pool.acquire());
  // A big import touches every index page many times: give SQLite a large page cache for it,
  // and each record's savepoint journal in memory; then the usual settings back (the pooled
  // connection serves requests afterwards).
  bool sqlite = c->engine() == db::Engine::sqlite;
  if (sqlite) TRY_VOID(hsds_import_repository::use_large_cache(*c, true));
  struct RestoreCache {
    db::Connection& c;
    bool sqlite;
    ~RestoreCache() {
      if (sqlite) (void)hsds_import_repository::use_large_cache(c, false);
    }
  } restore{*c, sqlite};
  auto tx = TRY(db::Transaction::begin(*c));
  bool bulk = options.bulk && sqlite;
  // The definitions come from the schema itself, so migrations stay the one place they are written.
  std::vector<hsds_import_repository::IndexDefinition> dropped_indexes;
  if (bulk) dropped_indexes = TRY(hsds_import_repository::drop_service_indexes(*c));
  std::map<std::string, NeedTerm> terms;
  for (auto& t : TRY(all_terms(*c))) terms.emplace(t.id, t);
  auto territories_by_name = TRY(hsds_import_repository::territories_by_folded_name(*c));
  ImportReport report;
  std::string now = clock::now_iso();
  auto hierarchies = TRY(service_repository::load_hierarchies(*c));
  // The import is for admins (Permission::manage_directory_data) and the command line: it changes
  // every organization's services, and still reaches them only through a scope.
  const db::Scope host = auth::ScopeIssuer::for_host();
  auto scoped = host.on(*c);
  std::map<std::string, std::string> known_organizations;  // id -> name, seen in this import
  // The service resolved last: written once the worker has derived its columns, while the next
  // record was read and resolved. Its own checks are all passed, so it is written whatever becomes
  // of the next record (after that record's savepoint is undone, or within it, kept).
  struct Pending {
    Service service;
    bool is_new = false;
  };
  std::optional<Pending> pending;
  DeriveWorker worker;  // after `pending`: stopped first, never deriving a service already gone
  auto write_pending = [&]() -> Result<void> {
    if (!pending) return {};
    auto derived = worker.take();
    const Service& s = pending->service;
    TRY_VOID(service_repository::save(scoped, s, pending->is_new, hierarchies, bulk, &derived));
    TRY_VOID(audit::record(*c, {"", actor_email, request_id},
                           {pending->is_new ? "create" : "update", "service", s.id, s.organization_id}));
    pending.reset();
    return {};
  };
  // The records are read, and checked by the rules that need nothing else, on a thread of their own.
  RecordPrefetcher ahead(source, [&](RecordPrefetcher::Record& r) { prepare_record(r, options); });
  RecordPrefetcher::Record next;
  for (size_t i = 0; TRY(ahead.next(next)); ++i) {
    json::value& record = next.record;
    const auto* in = record.if_object();
    if (next.problem) {
      report.rejected.push_back({i, in ? str(*in, "id") : "", std::move(*next.problem)});
      continue;
    }
    if (next.organization) {
      if (auto rejection = TRY(import_organization(*c, *in, known_organizations, now, report)))
        report.rejected.push_back({i, str(*in, "id"), rejection->reason});
      continue;
    }
    // The same service again: the one waiting is written first (outside this record's savepoint),
    // so that this one updates it.
    if (pending && pending->service.id == str(*in, "id")) TRY_VOID(write_pending());
    // Everything this record writes is undone if a later check rejects it.
    TRY_VOID(hsds_import_repository::begin_record(*c));
    Service s = std::move(next.service);
    auto reject = [&](const Rejection& r) -> Result<void> {
      report.rejected.push_back({i, str(*in, "id"), r.reason});
      TRY_VOID(hsds_import_repository::undo_record(*c));
      // An organization this record created is gone with it: forget it too.
      if (!s.organization_id.empty() && !TRY(hsds_import_repository::organization_name(*c, s.organization_id)))
        known_organizations.erase(s.organization_id);
      return {};
    };
    size_t reassigned_before = report.reassigned.size();
    auto rejection = std::move(next.rejection);
    if (!rejection) rejection = TRY(resolve_organization(*c, *in, s, known_organizations, now));
    auto existing = rejection ? std::nullopt : TRY(hsds_import_repository::service_owner(*c, s.id));
    if (!rejection && existing && existing->organization_id != s.organization_id) {
      if (options.allow_reassign)
        report.reassigned.push_back({"service", s.id, existing->organization_id, s.organization_id});
      else
        rejection = Rejection{{"organization_id", FieldCode::other_organization, existing->organization_id}};
    }
    if (!rejection) rejection = TRY(resolve_locations(*c, *in, s, options, report));
    if (rejection) {
      report.reassigned.resize(reassigned_before);
      TRY_VOID(reject(*rejection));
      continue;
    }
    TRY_VOID(resolve_classification(*c, *in, s, terms, hierarchies, territories_by_name));
    s.updated_at = now;
    s.created_at = existing ? existing->created_at : now;
    s.version = service_repository::kAnyVersion;  // an import replaces the service, whatever its version
    TRY_VOID(write_pending());
    pending = Pending{std::move(s), !existing};
    worker.start(pending->service);
    TRY_VOID(hsds_import_repository::keep_record(*c));
    ++(existing ? report.updated : report.imported);
  }
  TRY_VOID(write_pending());
  if (options.strict && !report.rejected.empty()) {
    report.imported = report.updated = 0;
    return report;  // the transaction rolls back: nothing imported (the indexes come back too)
  }
  if (bulk) {
    TRY_VOID(service_repository::index_pending_services(*c));
    TRY_VOID(hsds_import_repository::restore_indexes(*c, dropped_indexes));
  }
  TRY_VOID(tx.commit());
  return report;
}

}  // namespace filet::directory
