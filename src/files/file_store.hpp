#pragma once
// The bytes of stored files on disk, under one folder, each named by its SHA-256 (content
// addressed: identical files share one copy) in a sub-folder of its first two characters. The
// metadata is in the database (file_repository.hpp); `filet backup` copies the folder.
#include <filesystem>
#include <string>
#include <string_view>

#include "common/error.hpp"

namespace filet::files {

class FileStore {
 public:
  explicit FileStore(std::filesystem::path root) : root_(std::move(root)) {}
  const std::filesystem::path& root() const { return root_; }

  // Writes `bytes` (a temporary file renamed into place) unless that content is already kept.
  Result<void> put(const std::string& sha256, std::string_view bytes) const;
  Result<std::string> read(const std::string& sha256) const;
  // Removes the bytes (nothing when already gone).
  void remove(const std::string& sha256) const;
  std::filesystem::path path_of(const std::string& sha256) const;

 private:
  std::filesystem::path root_;
};

// The default folder: `files/` beside a SQLite database, else data/files.
std::filesystem::path default_root(std::string_view db_url);

// Copies every stored file of `from` into `to` (created), for backups; the count copied.
Result<size_t> copy_store(const std::filesystem::path& from, const std::filesystem::path& to);

}  // namespace filet::files
