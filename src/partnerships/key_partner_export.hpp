#pragma once
// The key partners' summary as rows of the export writer (pure): one row per partner category
// (by practitioners, by managers, total), the total row, then one row per criterion (met, not
// met), each count as the summary gives it — « < 5 » or « — » where it is hidden.
#include <boost/json/object.hpp>
#include <map>

#include "export/table_writer.hpp"

namespace filet::partnerships {

std::vector<exports::Column> summary_columns(exports::Language language);
// `category_labels`: code → label in the file's language (the code itself when absent).
std::vector<std::vector<exports::Cell>> summary_rows(const boost::json::object& summary,
                                                     const std::map<std::string, std::string>& category_labels,
                                                     exports::Language language);

}  // namespace filet::partnerships
