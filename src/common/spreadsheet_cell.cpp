#include "common/spreadsheet_cell.hpp"

namespace filet::spreadsheet_cell {

bool needs_apostrophe(std::string_view text) {
  size_t quotes = text.find_first_not_of('\'');
  if (quotes == std::string_view::npos) return false;
  return std::string_view("=+-@\t\r").find(text[quotes]) != std::string_view::npos;
}

std::string defuse(std::string_view text) {
  return needs_apostrophe(text) ? "'" + std::string(text) : std::string(text);
}

std::string restore(std::string_view cell) {
  if (cell.starts_with('\'') && needs_apostrophe(cell.substr(1))) return std::string(cell.substr(1));
  return std::string(cell);
}

}  // namespace filet::spreadsheet_cell
