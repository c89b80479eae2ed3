#pragma once
// Serves the built web app: its own files, and index.html for the app's own routes. Only the
// regular files found inside the web folder (symlinks resolved, none leading out) can ever be
// served; the request path never reaches the file system (see web_path.hpp).
#include <chrono>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "http/message.hpp"

namespace filet::http {

class StaticFiles {
 public:
  explicit StaticFiles(std::filesystem::path root);
  // The response to GET `request`; unknown paths with a file extension get 404.
  Response serve(const Request& request) const;
  bool enabled() const { return !root_.empty(); }
  // How many files the server knows and how many it holds in memory (both bounded by the folder).
  size_t known_files() const;
  size_t cached_files() const;

 private:
  struct File {
    std::filesystem::path canonical;
    std::filesystem::file_time_type modified;
    uintmax_t size = 0;
    std::shared_ptr<const std::string> body;  // loaded on first use
  };
  // Lists the folder again when the last listing is older than two seconds (a rebuilt app is
  // picked up without a restart). Called with mutex_ held.
  void refresh() const;
  std::shared_ptr<const std::string> body_of(const std::string& relative) const;

  std::filesystem::path root_;  // canonical
  mutable std::mutex mutex_;
  mutable std::map<std::string, File> files_;  // key: path relative to the root, "assets/x.js"
  mutable std::chrono::steady_clock::time_point listed_{};
};

}  // namespace filet::http
