#pragma once
// The one rule for text written into a cell that a spreadsheet will open (CSV, XLSX): a cell that
// starts with = + - @, a tab or a carriage return is a formula to Excel or LibreOffice (OWASP "CSV
// injection"), so it gets a leading apostrophe, which spreadsheets show as text. Every export of
// the project writes its text cells through `defuse`; every import of a Filet export reads them
// back through `restore`, so a round trip gives the text as it was (no growing apostrophes).
#include <string>
#include <string_view>

namespace filet::spreadsheet_cell {

// True when `text` would be read as a formula, or is already an apostrophe in front of one (so
// that a text that really begins with "'=" survives the round trip too).
bool needs_apostrophe(std::string_view text);
// `text` safe for a spreadsheet: an apostrophe in front when needs_apostrophe.
std::string defuse(std::string_view text);
// The inverse of defuse: removes the apostrophe defuse added, and nothing else.
std::string restore(std::string_view cell);

}  // namespace filet::spreadsheet_cell
