#pragma once
// Attendance and retention per cohort as CSV or XLSX through the one export writer, in the file's
// language: rates as percentages, hidden counts as empty cells.
#include <memory>

#include "export/export_stream.hpp"
#include "groups/cohort_figures.hpp"

namespace filet::groups {

Result<std::unique_ptr<exports::ExportStream>> cohort_export(std::vector<CohortLine> lines, exports::Format format,
                                                             exports::Language language);

}  // namespace filet::groups
