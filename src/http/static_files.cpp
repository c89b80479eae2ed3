#include "http/static_files.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "http/web_path.hpp"

namespace filet::http {
namespace fs = std::filesystem;
namespace {

constexpr auto kRelistAfter = std::chrono::seconds(2);

std::string content_type_of(const std::string& file) {
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
  auto it = types.find(fs::path(file).extension().string());
  return it == types.end() ? "application/octet-stream" : it->second;
}

bool inside(const fs::path& file, const fs::path& root) {
  auto [r, f] = std::mismatch(root.begin(), root.end(), file.begin(), file.end());
  return r == root.end() && f != file.end();
}

// Reads a regular file without following a symlink put in its place since it was listed.
std::shared_ptr<const std::string> read_file(const fs::path& file) {
  int fd = ::open(file.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return nullptr;
  struct stat info {};
  if (fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    ::close(fd);
    return nullptr;
  }
  std::string content(static_cast<size_t>(info.st_size), '\0');
  size_t done = 0;
  while (done < content.size()) {
    ssize_t n = ::read(fd, content.data() + done, content.size() - done);
    if (n <= 0) break;
    done += static_cast<size_t>(n);
  }
  ::close(fd);
  content.resize(done);
  return std::make_shared<const std::string>(std::move(content));
}

Response not_found() {
  Response response;
  response.status = 404;
  response.content_type = "text/plain; charset=utf-8";
  response.body = "Introuvable / Not found\n";
  response.route = "static";
  return response;
}

}  // namespace

StaticFiles::StaticFiles(fs::path root) {
  if (root.empty()) return;
  std::error_code ec;
  root_ = fs::canonical(root, ec);
  if (ec) root_ = fs::absolute(root).lexically_normal();
}

void StaticFiles::refresh() const {
  auto now = std::chrono::steady_clock::now();
  if (listed_ != std::chrono::steady_clock::time_point{} && now - listed_ < kRelistAfter) return;
  listed_ = now;
  std::map<std::string, File> found;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(root_, fs::directory_options::skip_permission_denied, ec), end;
       !ec && it != end; it.increment(ec)) {
    std::error_code fec;
    if (!it->is_regular_file(fec)) continue;
    fs::path canonical = fs::canonical(it->path(), fec);
    if (fec || !inside(canonical, root_)) continue;  // a symlink that leads out of the folder
    File file{canonical, fs::last_write_time(canonical, fec), fs::file_size(canonical, fec), nullptr};
    if (fec) continue;
    std::string key = it->path().lexically_relative(root_).generic_string();
    // Keep what is already in memory when the file did not change.
    if (auto old = files_.find(key);
        old != files_.end() && old->second.modified == file.modified && old->second.size == file.size)
      file.body = old->second.body;
    found.emplace(std::move(key), std::move(file));
  }
  files_ = std::move(found);
}

std::shared_ptr<const std::string> StaticFiles::body_of(const std::string& relative) const {
  auto it = files_.find(relative);
  if (it == files_.end()) return nullptr;
  if (!it->second.body) it->second.body = read_file(it->second.canonical);
  return it->second.body;
}

Response StaticFiles::serve(const Request& request) const {
  auto relative = relative_web_path(request.raw_path, request.path);
  if (!relative) return not_found();
  std::shared_ptr<const std::string> body;
  std::string served = *relative;
  {
    std::lock_guard lock(mutex_);
    refresh();
    body = body_of(served);
    // The app's own routes (/directory/services/…) have no extension: they get index.html.
    if (!body && !fs::path(served).has_extension()) body = body_of(served = "index.html");
  }
  if (!body) return not_found();
  Response response;
  response.route = "static";
  response.content_type = content_type_of(served);
  response.body = *body;
  // Vite names built assets by content hash: they can be cached for good; index.html cannot.
  response.set_header("Cache-Control",
                      served.starts_with("assets/") ? "public, max-age=31536000, immutable" : "no-cache");
  return response;
}

size_t StaticFiles::known_files() const {
  std::lock_guard lock(mutex_);
  return files_.size();
}

size_t StaticFiles::cached_files() const {
  std::lock_guard lock(mutex_);
  size_t n = 0;
  for (const auto& [key, file] : files_) n += file.body != nullptr;
  return n;
}

}  // namespace filet::http
