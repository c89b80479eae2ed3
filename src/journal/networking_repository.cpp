#include "journal/networking_repository.hpp"

#include "common/text.hpp"
#include "db/record_version.hpp"

namespace filet::journal {
namespace {
constexpr std::string_view kColumns[] = {"entry_date",   "partner_organization_id",
                                         "partner_name", "search_key",
                                         "category",     "activity",
                                         "participants", "efficacy",
                                         "note",         "updated_at"};
}  // namespace

const std::string_view NetworkingTable::select =
    "SELECT e.id, e.organization_id, o.name, e.worker_id, u.name, e.entry_date, e.efficacy, e.note, e.created_at, "
    "e.updated_at, e.version, e.partner_organization_id, p.name, e.partner_name, e.category, e.activity, "
    "e.participants "
    "FROM networking_entries e JOIN organizations o ON o.id = e.organization_id "
    "JOIN users u ON u.id = e.worker_id LEFT JOIN organizations p ON p.id = e.partner_organization_id";

const std::span<const std::string_view> NetworkingTable::columns = kColumns;

NetworkingEntry NetworkingTable::from_row(const db::Row& r) {
  NetworkingEntry e;
  read_base(r, e);
  e.partner_organization_id = r.text(11);
  e.partner_organization_name = r.text(12);
  e.partner_name = r.text(13);
  e.category = r.text(14);
  e.activity = r.text(15);
  e.participants = r.text(16);
  return e;
}

void NetworkingTable::filter(db::Where& where, const NetworkingFilter& f) {
  if (!f.category.empty()) where.add("e.category = ?", {f.category});
  if (!f.activity.empty()) where.add("e.activity = ?", {f.activity});
}

// In the order of kColumns; the search key is the organization reached, typed or chosen.
db::Params NetworkingTable::values(const NetworkingEntry& e) {
  return {e.entry_date,
          db::null_if_empty(e.partner_organization_id),
          db::null_if_empty(e.partner_name),
          text::fold(e.partner_name.empty() ? e.partner_organization_name : e.partner_name),
          e.category,
          e.activity,
          e.participants,
          e.efficacy,
          db::null_if_empty(e.note),
          e.updated_at};
}

}  // namespace filet::journal
