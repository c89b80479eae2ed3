#pragma once
// Installing the built-in reference lists (reference_lists_data.cpp) at every start: the first
// start installs them; later starts add only the entries a newer Filet brings and leave every
// admin change (labels, order, retirements, added entries) alone.
#include <string_view>
#include <vector>

#include "db/database.hpp"
#include "reference/reference_list.hpp"

namespace filet::reference {

struct BuiltInList {
  ReferenceList list;
  std::vector<ReferenceEntry> entries;  // code, labels, descriptions, position
};

// Reads the data file's JSON; a bad code, a code twice in a list or a missing label is an error
// (a unit test keeps the shipped file clean).
Result<std::vector<BuiltInList>> parse_built_in_lists(std::string_view json);
// Returns how many entries it added.
Result<int> install_reference_lists(db::Connection& c);
Result<int> install_reference_lists(db::Connection& c, std::string_view json);

}  // namespace filet::reference
