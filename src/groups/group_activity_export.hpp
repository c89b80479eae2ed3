#pragma once
// The activity of groups per year and kind as CSV or XLSX through the one export writer, in the
// file's language: hours as decimal numbers, every count as a number.
#include <memory>

#include "export/export_stream.hpp"
#include "groups/group_activity.hpp"

namespace filet::groups {

Result<std::unique_ptr<exports::ExportStream>> activity_export(std::vector<ActivityRow> rows, exports::Format format,
                                                               exports::Language language);

}  // namespace filet::groups
