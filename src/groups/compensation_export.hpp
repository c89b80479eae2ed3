#pragma once
// Compensation totals for the accounts as CSV or XLSX through the one export writer, in the
// file's language: one line per organization paid, then per program, then the total.
#include <memory>

#include "export/export_stream.hpp"
#include "groups/compensation.hpp"

namespace filet::groups {

Result<std::unique_ptr<exports::ExportStream>> compensation_export(CompensationTotals totals, exports::Format format,
                                                                   exports::Language language);

}  // namespace filet::groups
