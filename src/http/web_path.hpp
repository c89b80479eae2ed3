#pragma once
// The one safe way from a request path to a file under a folder: every file a module serves from
// disk (the web app today; attachments later) goes through `relative_web_path`.
#include <optional>
#include <string>
#include <string_view>

namespace filet::http {

// The path relative to the served folder ("index.html", "assets/app.js") for a request whose
// raw target is `raw_path` (still percent-encoded, without the query) and decoded path is
// `decoded_path`; nullopt when the request must not reach the disk: not absolute, encoded
// separators (%2F, %5C) or NUL, backslashes, empty segments ("//"), "." or ".." segments,
// control characters. "/" gives "index.html".
std::optional<std::string> relative_web_path(std::string_view raw_path, std::string_view decoded_path);

}  // namespace filet::http
