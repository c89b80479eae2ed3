#include "http/static_files.hpp"

#include <fstream>
#include <sstream>

namespace filet::http {
namespace {

std::string content_type_of(const std::filesystem::path& file) {
  static const std::map<std::string, std::string> types = {
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json; charset=utf-8"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".ico", "image/x-icon"},
      {".webmanifest", "application/manifest+json"},
      {".woff2", "font/woff2"},
      {".txt", "text/plain; charset=utf-8"},
      {".map", "application/json"},
  };
  auto it = types.find(file.extension().string());
  return it == types.end() ? "application/octet-stream" : it->second;
}

}  // namespace

std::shared_ptr<const std::string> StaticFiles::load(const std::filesystem::path& file) const {
  std::lock_guard lock(mutex_);
  auto it = cache_.find(file.string());
  if (it != cache_.end()) return it->second;
  std::ifstream in(file, std::ios::binary);
  if (!in) return nullptr;
  std::ostringstream content;
  content << in.rdbuf();
  auto body = std::make_shared<const std::string>(content.str());
  cache_[file.string()] = body;
  return body;
}

Response StaticFiles::serve(const std::string& path) const {
  Response response;
  response.route = "static";
  // Reject any attempt to climb out of the web folder.
  if (path.find("..") != std::string::npos || path.find('\0') != std::string::npos) {
    response.status = 404;
    response.content_type = "text/plain; charset=utf-8";
    response.body = "Introuvable / Not found\n";
    return response;
  }
  std::filesystem::path relative = path == "/" ? "index.html" : path.substr(1);
  std::filesystem::path file = root_ / relative;
  std::error_code ec;
  bool is_file = std::filesystem::is_regular_file(file, ec);
  if (!is_file && !relative.has_extension()) file = root_ / "index.html";  // the app's own routes
  auto body = load(file);
  if (!body) {
    response.status = 404;
    response.content_type = "text/plain; charset=utf-8";
    response.body = "Introuvable / Not found\n";
    return response;
  }
  response.content_type = content_type_of(file);
  response.body = *body;
  // Vite names built assets by content hash: they can be cached for good; index.html cannot.
  bool hashed = relative.string().starts_with("assets/");
  response.set_header("Cache-Control", hashed ? "public, max-age=31536000, immutable" : "no-cache");
  return response;
}

}  // namespace filet::http
