#pragma once
// What every journal entry (outreach or networking) has: its owner (the organization and the
// worker who recorded it), its date, the worker's efficacy rating, a note, and the kit's
// version. Shown de-identified (no note, no worker) outside its organization.
#include <boost/json/object.hpp>
#include <cstdint>
#include <optional>
#include <string>

namespace filet::journal {

struct EntryBase {
  std::string id;
  std::string organization_id;
  std::string organization_name;
  std::string worker_id;  // "" when shown de-identified
  std::string worker_name;
  std::string entry_date;  // YYYY-MM-DD
  int64_t efficacy = 0;    // 1 (not at all effective) to 4 (very effective): reference list efficacy_rating
  std::string note;        // "" when none, or when shown de-identified
  std::string created_at;
  std::string updated_at;
  int64_t version = 1;
  bool editable = false;  // whether the person asking may change it now (the policy's answer)
};

struct EntryBaseChanges {
  std::optional<std::string> client_id;  // the id a phone made (create only)
  std::optional<int64_t> version;
  std::optional<std::string> organization_id;  // create only
  std::optional<std::string> entry_date;
  std::optional<int64_t> efficacy;
  std::optional<std::string> note;
};

// Filters every journal list shares (period, organization, worker).
struct EntryFilter {
  std::string from, to;  // YYYY-MM-DD, inclusive; "" = open
  std::string organization_id;
  std::string worker_id;
};

void write_base(boost::json::object& out, const EntryBase& e);
void apply_base(EntryBase& e, const EntryBaseChanges& changes);
// Drops what identifies a person: the note and the worker.
void deidentify(EntryBase& e);

}  // namespace filet::journal
