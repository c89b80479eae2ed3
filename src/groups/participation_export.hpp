#pragma once
// Table 2 (organizations and practitioners by territory, then the total) as CSV or XLSX through
// the one export writer, in the file's language.
#include <memory>

#include "export/export_stream.hpp"
#include "groups/participation.hpp"

namespace filet::groups {

Result<std::unique_ptr<exports::ExportStream>> participation_export(ParticipationTables tables, exports::Format format,
                                                                    exports::Language language);

}  // namespace filet::groups
