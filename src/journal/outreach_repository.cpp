#include "journal/outreach_repository.hpp"

#include "common/text.hpp"
#include "db/record_version.hpp"

namespace filet::journal {
namespace {
constexpr std::string_view kColumns[] = {
    "entry_date",      "duration_minutes", "territory_id",  "place",        "search_key", "place_type", "strategy",
    "parents_reached", "fathers_reached",  "children_seen", "new_families", "efficacy",   "note",       "updated_at"};
}  // namespace

const std::string_view OutreachTable::select =
    "SELECT e.id, e.organization_id, o.name, e.worker_id, u.name, e.entry_date, e.efficacy, e.note, e.created_at, "
    "e.updated_at, e.version, e.duration_minutes, e.territory_id, t.name, e.place, e.place_type, e.strategy, "
    "e.parents_reached, e.fathers_reached, e.children_seen, e.new_families "
    "FROM outreach_entries e JOIN organizations o ON o.id = e.organization_id "
    "JOIN users u ON u.id = e.worker_id LEFT JOIN territories t ON t.id = e.territory_id";

const std::span<const std::string_view> OutreachTable::columns = kColumns;

OutreachEntry OutreachTable::from_row(const db::Row& r) {
  OutreachEntry e;
  read_base(r, e);
  e.duration_minutes = r.integer(11);
  e.territory_id = r.text(12);
  e.territory_name = r.text(13);
  e.place = r.text(14);
  e.place_type = r.text(15);
  e.strategy = r.text(16);
  e.parents_reached = r.integer(17);
  e.fathers_reached = r.integer(18);
  e.children_seen = r.integer(19);
  e.new_families = r.integer(20);
  return e;
}

void OutreachTable::filter(db::Where& where, const OutreachFilter& f) {
  if (!f.strategy.empty()) where.add("e.strategy = ?", {f.strategy});
  if (!f.territory_id.empty()) where.add("e.territory_id = ?", {f.territory_id});
}

// In the order of kColumns.
db::Params OutreachTable::values(const OutreachEntry& e) {
  return {e.entry_date,
          e.duration_minutes,
          db::null_if_empty(e.territory_id),
          db::null_if_empty(e.place),
          text::fold(e.place),
          e.place_type,
          e.strategy,
          e.parents_reached,
          e.fathers_reached,
          e.children_seen,
          e.new_families,
          e.efficacy,
          db::null_if_empty(e.note),
          e.updated_at};
}

}  // namespace filet::journal
