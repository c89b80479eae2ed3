#pragma once
// Reading CSV files (RFC 4180, libcsv): every importer's one reader — HSDS tables, postal-area
// centroids, questionnaire answers. Strict: a malformed file is an error naming its line.
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.hpp"

namespace filet::csv {

// One data row of a CSV file: a cell is absent when it was empty and unquoted (`,,`); a quoted
// empty cell (`,"",`) is an empty string.
struct Record {
  size_t line;  // where the row starts in the file, 1-based (the header is line 1)
  std::vector<std::optional<std::string>> cells;
};

struct File {
  std::string name;
  std::vector<std::string> header;
  std::vector<Record> records;
};

// The whole file; a malformed file (an unterminated quote, a stray quote, a row whose number of
// cells differs from the header) is a validation error naming the file and the line.
Result<File> read_file(const std::filesystem::path& path, char delimiter = ',');
// The same, from text already in memory (an upload); `name` names the file in errors.
Result<File> read_text(std::string name, std::string_view text, char delimiter = ',');

}  // namespace filet::csv
