#include "audit/audit_log.hpp"

#include <boost/json.hpp>

#include "common/clock.hpp"

namespace filet::audit {

Result<void> record(db::Connection& c, const Actor& actor, const Event& event) {
  TRY_VOID(c.execute(
      "INSERT INTO audit_log (at, user_id, user_email, action, entity, entity_id, organization_id, request_id) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      {clock::now_iso(), db::null_if_empty(actor.user_id), db::null_if_empty(actor.email), event.action, event.entity,
       db::null_if_empty(event.entity_id), db::null_if_empty(event.organization_id),
       db::null_if_empty(actor.request_id)}));
  return {};
}

namespace {
// The record's name as it is today, looked up when the log is read (the log itself stores no
// values). Only for the network's public reference data: never for people (accounts, and later
// families), whose names must not spread beyond their own records.
constexpr std::string_view kEntityName =
    "CASE entity"
    " WHEN 'territory' THEN (SELECT name FROM territories t WHERE t.id = audit_log.entity_id)"
    " WHEN 'organization' THEN (SELECT name FROM organizations o WHERE o.id = audit_log.entity_id)"
    " WHEN 'program' THEN (SELECT name FROM programs p WHERE p.id = audit_log.entity_id)"
    " WHEN 'service' THEN (SELECT name_fr FROM services s WHERE s.id = audit_log.entity_id)"
    " WHEN 'public_service_pages' THEN (SELECT name FROM organizations o WHERE o.id = audit_log.entity_id)"
    " WHEN 'reference_entry' THEN (SELECT label_fr FROM reference_entries r WHERE r.id = audit_log.entity_id)"
    " END";
}  // namespace

Result<std::string> list_json(db::Connection& c, const Page& page) {
  std::string where = " WHERE (? = '' OR action = ?) AND (? = '' OR entity = ?)";
  db::Params filters{page.action, page.action, page.entity, page.entity};
  auto total = TRY(c.query("SELECT COUNT(*) FROM audit_log" + where, filters));
  db::Params params = filters;
  params.push_back(page.per_page);
  params.push_back((page.page - 1) * page.per_page);
  boost::json::array items;
  TRY_VOID(c.each("SELECT id, at, user_id, user_email, action, entity, entity_id, organization_id, request_id, " +
                      std::string(kEntityName) + " FROM audit_log" + where + " ORDER BY id DESC LIMIT ? OFFSET ?",
                  params, [&](const db::Row& r) {
                    auto opt = [&](size_t i) -> boost::json::value {
                      if (r.is_null(i)) return nullptr;
                      return boost::json::string(r.text(i));
                    };
                    items.push_back({{"id", r.text(0)},
                                     {"at", r.text(1)},
                                     {"user_id", opt(2)},
                                     {"user_email", opt(3)},
                                     {"action", r.text(4)},
                                     {"entity", r.text(5)},
                                     {"entity_id", opt(6)},
                                     {"organization_id", opt(7)},
                                     {"request_id", opt(8)},
                                     {"entity_name", opt(9)}});
                    return true;
                  }));
  boost::json::object out{{"items", std::move(items)},
                          {"page", page.page},
                          {"per_page", page.per_page},
                          {"total", total.front().integer(0)}};
  return boost::json::serialize(out);
}

}  // namespace filet::audit
