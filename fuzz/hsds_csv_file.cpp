// One CSV file of the HSDS package, any bytes: rows with as many cells as the header, each with
// the line where it starts (lines end with CRLF, LF or a bare CR), or an error naming the line.
#include <cstddef>
#include <cstdint>

#include "directory/hsds_csv_io.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  filet::fuzz::initialize();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  namespace fuzz = filet::fuzz;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto path = fuzz::scratch() / "phones.csv";
  fuzz::write_file(path, text);
  auto file = filet::directory::csv::read_file(path);
  if (!file) return 0;
  size_t lines = 1;
  for (size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) ++lines;
  size_t previous = 1;  // the header's line at the earliest
  for (const auto& record : file->records) {
    if (record.cells.size() != file->header.size()) fuzz::broken("a row whose cells differ from the header");
    if (record.line <= previous)
      fuzz::broken("row line " + std::to_string(record.line) + " not after line " + std::to_string(previous));
    if (record.line > lines) fuzz::broken("row line " + std::to_string(record.line) + " past the end");
    previous = record.line;
  }
  return 0;
}
