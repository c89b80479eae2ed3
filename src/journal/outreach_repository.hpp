#pragma once
// The outreach entries' table as the journal's SQL sees it (journal_repository.hpp's EntryTable).
#include <string_view>

#include "db/listing.hpp"
#include "journal/journal_repository.hpp"
#include "journal/outreach_entry.hpp"

namespace filet::journal {

struct OutreachTable {
  using Entry = OutreachEntry;
  using Filter = OutreachFilter;
  static constexpr std::string_view table = "outreach_entries";
  static const std::string_view select;
  static const std::span<const std::string_view> columns;
  static constexpr db::SortKey sorts[] = {
      {"entry_date", "e.entry_date"}, {"duration_minutes", "e.duration_minutes"}, {"strategy", "e.strategy"},
      {"efficacy", "e.efficacy"},     {"parents_reached", "e.parents_reached"},   {"created_at", "e.created_at"},
      {"updated_at", "e.updated_at"}};
  static Entry from_row(const db::Row& r);
  static void filter(db::Where& where, const Filter& f);
  static db::Params values(const Entry& e);
};

using outreach_repository = EntryTable<OutreachTable>;

}  // namespace filet::journal
