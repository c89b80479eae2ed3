#pragma once
// The cells of an .xlsx workbook's sheets, as text: what an importer of spreadsheets needs
// (XLSForm). The archive is opened with libzip and its XML read with expat: no hand-made unzip.
// Numbers come as written in the file ("1", "2.5"); formulas as their cached value.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/error.hpp"

namespace filet::questionnaires::xlsx {

inline constexpr size_t kMaxPartBytes = 32u << 20;  // one uncompressed XML part
inline constexpr size_t kMaxCells = 200000;

struct Row {
  int64_t number = 0;              // the sheet's row number, from 1
  std::vector<std::string> cells;  // column A first; missing cells are ""
};

struct Sheet {
  std::string name;
  std::vector<Row> rows;  // only the rows the file holds, in order
};

// Every sheet of the workbook in `bytes`, in the workbook's order. Not a zip, a missing part, XML
// that does not parse, a part or a sheet too large: bad_request (the detail says which).
Result<std::vector<Sheet>> read_sheets(std::string_view bytes);

}  // namespace filet::questionnaires::xlsx
