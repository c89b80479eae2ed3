#include "http/response_head.hpp"

#include <boost/beast/http/status.hpp>
#include <charconv>

#include "http/security_headers.hpp"

namespace filet::http {
namespace {

// A header cannot carry CR, LF or NUL (response splitting): they are left out. Runs between them
// are copied at once (a byte at a time cost a tenth of the head).
void append_clean(std::string& out, std::string_view text) {
  size_t run = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c != '\r' && c != '\n' && c != '\0') continue;
    out.append(text.substr(run, i - run));
    run = i + 1;
  }
  out.append(text.substr(run));
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

// The security headers are the same on every answer: written once per kind (plain or HTTPS).
const std::string& security_block(bool secure) {
  static const auto block = [](bool with_hsts) {
    std::string text;
    for (const auto& h : security_headers(with_hsts)) append_header(text, h.name, h.value);
    return text;
  };
  static const std::string plain = block(false), https = block(true);
  return secure ? https : plain;
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
  out += security_block(options.secure);
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
