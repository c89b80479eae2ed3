#pragma once
// A CSV or XLSX file of the one export writer, streamed as an attachment named `file_stem` plus
// the writer's extension. One place for the download headers of every module's export.
#include <memory>
#include <string_view>

#include "export/export_stream.hpp"
#include "http/message.hpp"

namespace filet::api {

http::Response attachment(std::shared_ptr<exports::ExportStream> stream, std::string_view file_stem);

}  // namespace filet::api
