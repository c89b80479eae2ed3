#pragma once
// The two kinds of journal entries as the one entry service sees them: their record, change and
// filter types, their audit names and repository, and the references they check (reference-list
// codes, territories, organizations reached).
#include <string>
#include <string_view>
#include <vector>

#include "db/listing.hpp"
#include "db/scope.hpp"
#include "journal/networking_repository.hpp"
#include "journal/outreach_repository.hpp"

namespace filet::journal {

// Each kind's list / find / insert / update are its table's (journal_repository.hpp).
struct OutreachKind : EntryTable<OutreachTable> {
  using Entry = OutreachEntry;
  using Changes = OutreachChanges;
  using Filter = OutreachFilter;
  static constexpr std::string_view kind = "outreach";
  static constexpr std::string_view entity = "outreach_entry";  // in the audit log
  // Codes offered by their reference lists (or unchanged from `before`), the territory existing.
  static Result<void> check_references(db::Connection& c, const Entry& e, const Entry* before);
};

struct NetworkingKind : EntryTable<NetworkingTable> {
  using Entry = NetworkingEntry;
  using Changes = NetworkingChanges;
  using Filter = NetworkingFilter;
  static constexpr std::string_view kind = "networking";
  static constexpr std::string_view entity = "networking_entry";
  static Result<void> check_references(db::Connection& c, const Entry& e, const Entry* before);
};

}  // namespace filet::journal
