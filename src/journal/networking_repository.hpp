#pragma once
// The networking entries' table as the journal's SQL sees it (journal_repository.hpp's EntryTable).
#include <string_view>

#include "db/listing.hpp"
#include "journal/journal_repository.hpp"
#include "journal/networking_entry.hpp"

namespace filet::journal {

struct NetworkingTable {
  using Entry = NetworkingEntry;
  using Filter = NetworkingFilter;
  static constexpr std::string_view table = "networking_entries";
  static const std::string_view select;
  static const std::span<const std::string_view> columns;
  static constexpr db::SortKey sorts[] = {{"entry_date", "e.entry_date"}, {"category", "e.category"},
                                          {"activity", "e.activity"},     {"efficacy", "e.efficacy"},
                                          {"created_at", "e.created_at"}, {"updated_at", "e.updated_at"}};
  static Entry from_row(const db::Row& r);
  static void filter(db::Where& where, const Filter& f);
  static db::Params values(const Entry& e);
};

using networking_repository = EntryTable<NetworkingTable>;

}  // namespace filet::journal
