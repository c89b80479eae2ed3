#include "http/response_head.hpp"

#include <boost/beast/http/status.hpp>
#include <charconv>

#include "http/security_headers.hpp"

namespace filet::http {
namespace {

void append_clean(std::string& out, std::string_view text) {
  for (char c : text)
    if (c != '\r' && c != '\n' && c != '\0') out += c;
}

void append_header(std::string& out, std::string_view name, std::string_view value) {
  append_clean(out, name);
  out += ": ";
  append_clean(out, value);
  out += "\r\n";
}

void append_number(std::string& out, uint64_t n) {
  char digits[24];
  out.append(digits, std::to_chars(digits, digits + sizeof digits, n).ptr);
}

}  // namespace

void write_response_head(std::string& out, const Response& response, const HeadOptions& options) {
  namespace bhttp = boost::beast::http;
  out.clear();
  out += "HTTP/1.1 ";
  append_number(out, static_cast<unsigned>(response.status));
  out += ' ';
  out += bhttp::obsolete_reason(bhttp::int_to_status(static_cast<unsigned>(response.status)));
  out += "\r\n";
  append_header(out, "Content-Type", response.content_type);
  append_header(out, "X-Request-Id", options.request_id);
  for (const auto& [name, value] : response.headers) append_header(out, name, value);
  for (const auto& h : security_headers(options.secure)) append_header(out, h.name, h.value);
  // RFC 9110 §8.6: no Content-Length on a 1xx or 204 answer, which never has a body.
  if (response.status >= 200 && response.status != 204) {
    out += "Content-Length: ";
    append_number(out, options.content_length);
    out += "\r\n";
  }
  // HTTP/1.1 keeps the connection open unless told otherwise.
  if (!options.keep_alive) out += "Connection: close\r\n";
  out += "\r\n";
}

}  // namespace filet::http
