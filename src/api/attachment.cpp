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

std::string content_disposition(std::string_view file_name) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string fallback, encoded;
  for (unsigned char ch : file_name) {
    // RFC 5987 attr-char: ALPHA / DIGIT / "!#$&+-.^_`|~"
    const bool attr = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') ||
                      std::string_view("!#$&+-.^_`|~").find(static_cast<char>(ch)) != std::string_view::npos;
    if (attr) {
      encoded += static_cast<char>(ch);
    } else {
      encoded += '%';
      encoded += kHex[ch >> 4];
      encoded += kHex[ch & 0x0f];
    }
    // The quoted fallback: printable ASCII only, without quote or backslash.
    if (ch >= 0x20 && ch < 0x7f && ch != '"' && ch != '\\')
      fallback += static_cast<char>(ch);
    else if (ch < 0x80 || (ch & 0xC0) == 0xC0)
      fallback += '_';  // one per character, not per byte
  }
  if (fallback.empty()) fallback = "fichier";
  return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
}

http::Response attachment(std::string bytes, std::string_view content_type, std::string_view file_name) {
  http::Response response;
  response.content_type = std::string(content_type);
  response.body = std::move(bytes);
  response.set_header("Content-Disposition", content_disposition(file_name));
  return response;
}

}  // namespace filet::api
