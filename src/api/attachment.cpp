#include "api/attachment.hpp"

namespace filet::api {

http::Response attachment(std::shared_ptr<exports::ExportStream> stream, std::string_view file_stem) {
  http::Response response;
  response.content_type = std::string(stream->writer().content_type());
  response.set_header("Content-Disposition", "attachment; filename=\"" + std::string(file_stem) + "." +
                                                 std::string(stream->writer().extension()) + "\"");
  response.stream = [stream](std::string& chunk) { return stream->next(chunk); };
  return response;
}

}  // namespace filet::api
