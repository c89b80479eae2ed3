#pragma once
// The two writers behind open_writer (table_writer.hpp); nothing else builds them directly.
#include <memory>
#include <string_view>
#include <vector>

#include "export/table_writer.hpp"

namespace filet::exports {

std::unique_ptr<TableWriter> csv_writer(Language language, const std::vector<Column>& columns);
Result<std::unique_ptr<TableWriter>> xlsx_writer(const std::vector<Column>& columns, std::string_view sheet);

}  // namespace filet::exports
