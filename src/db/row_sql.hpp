#pragma once
// The SQL of writing one row from a list of columns, so a repository names each column once
// (with its values in the same order) for both its insert and its versioned update.
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>

namespace filet::db {

// "INSERT INTO table (c1, c2, …, o1, …) VALUES (?, ?, …)": the columns every write sets, then
// those only a create sets (id, owner, created_at…).
std::string insert_sql(std::string_view table, std::span<const std::string_view> columns,
                       std::initializer_list<std::string_view> create_only);
// "UPDATE table SET c1 = ?, c2 = ?, …, version = version + 1" (the caller adds its WHERE).
std::string versioned_update_sql(std::string_view table, std::span<const std::string_view> columns);

}  // namespace filet::db
