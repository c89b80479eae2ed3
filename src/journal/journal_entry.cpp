#include "journal/journal_entry.hpp"

#include "core/json_output.hpp"

namespace filet::journal {
using core::nullable;

void write_base(boost::json::object& out, const EntryBase& e) {
  out["id"] = e.id;
  out["organization_id"] = e.organization_id;
  out["organization_name"] = e.organization_name;
  out["worker_id"] = nullable(e.worker_id);
  out["worker_name"] = nullable(e.worker_name);
  out["entry_date"] = e.entry_date;
  out["efficacy"] = e.efficacy;
  out["note"] = nullable(e.note);
  out["editable"] = e.editable;
  out["created_at"] = e.created_at;
  out["updated_at"] = e.updated_at;
  out["version"] = e.version;
}

void apply_base(EntryBase& e, const EntryBaseChanges& changes) {
  if (changes.entry_date) e.entry_date = *changes.entry_date;
  if (changes.efficacy) e.efficacy = *changes.efficacy;
  if (changes.note) e.note = *changes.note;
}

void deidentify(EntryBase& e) {
  e.note.clear();
  e.worker_id.clear();
  e.worker_name.clear();
}

}  // namespace filet::journal
