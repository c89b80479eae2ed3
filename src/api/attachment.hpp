#pragma once
// Downloads: a CSV or XLSX file of the one export writer, streamed as an attachment named
// `file_stem` plus the writer's extension; a stored file (files/) sent whole. One place for the
// download headers of every module.
#include <memory>
#include <string>
#include <string_view>

#include "export/export_stream.hpp"
#include "http/message.hpp"

namespace filet::api {

http::Response attachment(std::shared_ptr<exports::ExportStream> stream, std::string_view file_stem);

// `bytes` as a download named `file_name` (any UTF-8), with `content_type` (a type the store
// allows: never HTML nor SVG; the server adds X-Content-Type-Options: nosniff and no-store).
http::Response attachment(std::string bytes, std::string_view content_type, std::string_view file_name);

// RFC 6266: `attachment; filename="<ASCII fallback>"; filename*=UTF-8''<RFC 5987 percent-encoding>`.
std::string content_disposition(std::string_view file_name);

}  // namespace filet::api
