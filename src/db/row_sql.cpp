#include "db/row_sql.hpp"

#include "db/record_version.hpp"

namespace filet::db {

std::string insert_sql(std::string_view table, std::span<const std::string_view> columns,
                       std::initializer_list<std::string_view> create_only) {
  std::string names, marks;
  auto add = [&](std::string_view column) {
    if (!names.empty()) {
      names += ", ";
      marks += ", ";
    }
    names += column;
    marks += "?";
  };
  for (auto column : columns) add(column);
  for (auto column : create_only) add(column);
  return "INSERT INTO " + std::string(table) + " (" + names + ") VALUES (" + marks + ")";
}

std::string versioned_update_sql(std::string_view table, std::span<const std::string_view> columns) {
  std::string sql = "UPDATE " + std::string(table) + " SET ";
  for (auto column : columns) sql += std::string(column) + " = ?, ";
  return sql + std::string(kNextVersion);
}

}  // namespace filet::db
