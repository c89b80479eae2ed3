#pragma once
// Inside the HSDS CSV tabular package: its tables, how each one nests into the HSDS JSON service,
// and RFC 4180 reading and writing through libcsv. Used by hsds_csv_read.cpp and hsds_csv_write.cpp.
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/csv_reader.hpp"
#include "common/error.hpp"

namespace filet::directory::csv {

// The types HSDS gives columns; dates and times stay text, as in HSDS JSON.
enum class ColumnType { text, number, boolean };

struct Column {
  std::string_view name;
  ColumnType type;
};

struct Table {
  std::string_view resource;  // "phone"
  std::string_view file;      // "phones.csv"
  std::span<const Column> columns;
};

// The 24 HSDS tables in the order of the official descriptor, then Filet's x_filet tables.
std::span<const Table> tables();
const Table* table(std::string_view resource);

// Where the rows of one table sit in the HSDS JSON of their parent.
struct Nest {
  std::string_view parent;  // the resource holding `key`
  std::string_view key;     // "phones"
  std::string_view child;   // the resource of the nested rows
  // An array: the child's column that names its parent ("service_id"). An object: the parent's
  // column that names the child ("organization_id").
  std::string_view link;
  bool object = false;
  bool read = true;  // false: written out, not embedded again on import
};

// A child named by several parents (a phone with a service_id and a location_id) goes under the
// first of its nests in this list whose parent exists: the most specific one.
std::span<const Nest> nests();

// Reading: common/csv_reader, under the names this module has always used.
using filet::csv::File;
using filet::csv::read_file;
using filet::csv::read_text;
using filet::csv::Record;

// Writes rows with CRLF line ends, quoting only the cells that need it.
class Writer {
 public:
  static Result<Writer> open(const std::filesystem::path& path);
  void row(std::span<const std::optional<std::string>> cells);
  void row(std::span<const Column> header);
  Result<void> close();

 private:
  struct Close {
    void operator()(FILE* f) const { std::fclose(f); }
  };
  std::unique_ptr<FILE, Close> file_;
  std::string path_;
};

}  // namespace filet::directory::csv
