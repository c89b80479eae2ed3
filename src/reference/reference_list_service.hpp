#pragma once
// The rules of reference lists: codes are checked once and never change; labels are required in
// both languages; entries are retired and restored, never deleted; every change is audited.
#include <string_view>
#include <vector>

#include "audit/audit_log.hpp"
#include "db/pool.hpp"
#include "reference/reference_list.hpp"

namespace filet::reference {

struct ListWithEntries {
  ReferenceList list;
  std::vector<ReferenceEntry> entries;
};

class ReferenceListService {
 public:
  explicit ReferenceListService(db::Pool& pool) : pool_(pool) {}
  Result<std::vector<ReferenceList>> lists();
  // The list and its entries in order; retired entries only when asked (admins).
  Result<ListWithEntries> list(const std::string& key, bool include_retired);
  // One entry by code, retired or not: old records keep reading theirs.
  Result<ReferenceEntry> entry(const std::string& key, const std::string& code);
  Result<ReferenceEntry> add(const audit::Actor& actor, const std::string& key, const std::string& code,
                             const EntryChanges& changes);
  Result<ReferenceEntry> update(const audit::Actor& actor, const std::string& key, const std::string& code,
                                const EntryChanges& changes);

 private:
  db::Pool& pool_;
};

// For the modules that store codes: `code` may be saved in `field` when it is an active entry of
// the list, or when it is the record's current code (`current`, "" for a new record), so a record
// made before the entry was retired can still be saved unchanged.
Result<void> check_offered(db::Connection& c, const std::string& key, const std::string& code, std::string_view field,
                           const std::string& current = {});

}  // namespace filet::reference
