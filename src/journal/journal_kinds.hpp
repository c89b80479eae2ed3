#pragma once
// The two kinds of journal entries as the one entry service sees them: their record, change and
// filter types, their audit names and repository, and the references they check (reference-list
// codes, territories, organizations reached).
#include <string>
#include <string_view>
#include <vector>

#include "db/listing.hpp"
#include "db/scope.hpp"
#include "journal/networking_entry.hpp"
#include "journal/outreach_entry.hpp"

namespace filet::journal {

struct OutreachKind {
  using Entry = OutreachEntry;
  using Changes = OutreachChanges;
  using Filter = OutreachFilter;
  static constexpr std::string_view kind = "outreach";
  static constexpr std::string_view entity = "outreach_entry";  // in the audit log
  static Result<db::Page<Entry>> list(db::ScopedConnection& c, const db::ListQuery& q, const Filter& f);
  static Result<Entry> find(db::ScopedConnection& c, const std::string& id, db::Access minimum);
  static Result<bool> insert(db::ScopedConnection& c, const Entry& e);
  static Result<void> update(db::ScopedConnection& c, const Entry& e);
  // Codes offered by their reference lists (or unchanged from `before`), the territory existing.
  static Result<void> check_references(db::Connection& c, const Entry& e, const Entry* before);
};

struct NetworkingKind {
  using Entry = NetworkingEntry;
  using Changes = NetworkingChanges;
  using Filter = NetworkingFilter;
  static constexpr std::string_view kind = "networking";
  static constexpr std::string_view entity = "networking_entry";
  static Result<db::Page<Entry>> list(db::ScopedConnection& c, const db::ListQuery& q, const Filter& f);
  static Result<Entry> find(db::ScopedConnection& c, const std::string& id, db::Access minimum);
  static Result<bool> insert(db::ScopedConnection& c, const Entry& e);
  static Result<void> update(db::ScopedConnection& c, const Entry& e);
  static Result<void> check_references(db::Connection& c, const Entry& e, const Entry* before);
};

}  // namespace filet::journal
