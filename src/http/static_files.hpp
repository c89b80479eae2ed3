#pragma once
// Serves the built web app: files under its folder, and index.html for the app's own routes.
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "http/message.hpp"

namespace filet::http {

class StaticFiles {
 public:
  explicit StaticFiles(std::filesystem::path root) : root_(std::move(root)) {}
  // A response for GET `path`; paths with a file extension that do not exist get 404.
  Response serve(const std::string& path) const;
  bool enabled() const { return !root_.empty(); }

 private:
  std::shared_ptr<const std::string> load(const std::filesystem::path& file) const;
  std::filesystem::path root_;
  mutable std::mutex mutex_;
  mutable std::map<std::string, std::shared_ptr<const std::string>> cache_;
};

}  // namespace filet::http
