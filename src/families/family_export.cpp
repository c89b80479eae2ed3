#include "families/family_export.hpp"

#include <boost/json.hpp>

#include "auth/policy.hpp"
#include "common/clock.hpp"
#include "families/entry_repository.hpp"
#include "families/export_repository.hpp"
#include "families/family_repository.hpp"
#include "families/identity.hpp"
#include "families/identity_repository.hpp"

namespace filet::families {
namespace json = boost::json;

Result<json::object> FamilyExport::gather(const audit::Actor& actor, const auth::Principal& principal,
                                          const db::Scope& scope, const std::string& family_id) {
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto scoped = scope.on(*c);
  auto family = TRY(family_repository::find(scoped, family_id));
  TRY_VOID(auth::may_manage_families(principal, family.organization_id));

  Identity identity{family_id, {}, {}, 0};
  if (auto stored = TRY(identity_repository::find(scoped, family_id))) {
    identity.fields = TRY(vault_.open(family_id, stored->sealed));
    identity.updated_at = stored->updated_at;
    identity.version = stored->version;
  }
  std::vector<std::string> ids{family_id};
  auto listed = [&ids](const auto& records) {
    json::array out;
    for (const auto& r : records) {
      ids.push_back(r.id);
      out.push_back(to_json(r));
    }
    return out;
  };
  json::object out;
  out["exported_at"] = clock::now_iso();
  out["family"] = to_json(family);
  out["identity"] = to_json(identity);
  out["consents"] = listed(TRY(entry_repository::consents_of(scoped, family_id)));
  out["contacts"] = listed(TRY(entry_repository::contacts_of(scoped, family_id)));
  out["check_ins"] = listed(TRY(entry_repository::check_ins_of(scoped, family_id)));
  json::array history;
  for (const auto& v : TRY(export_repository::history_of(scoped, family_id))) {
    boost::system::error_code ec;
    auto previous = json::parse(v.previous, ec);
    history.push_back({{"entity", v.entity},
                       {"record_id", v.record_id},
                       {"version", v.version},
                       {"changed_at", v.changed_at},
                       {"previous", ec ? json::value(v.previous) : previous}});
  }
  out["history"] = std::move(history);
  // This export's own entry first, so the file lists it too.
  TRY_VOID(audit::record(*c, actor, {"export", "family", family_id, family.organization_id}));
  json::array audit;
  for (const auto& a : TRY(export_repository::audit_about(*c, ids)))
    audit.push_back({{"at", a.at},
                     {"user_email", a.user_email},
                     {"action", a.action},
                     {"entity", a.entity},
                     {"entity_id", a.entity_id}});
  out["audit"] = std::move(audit);
  TRY_VOID(tx.commit());
  return out;
}

}  // namespace filet::families
