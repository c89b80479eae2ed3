#pragma once
// The SQL of the file store's metadata (stored_files). A stored file is reached only through the
// record that refers to it (a program's material, ...): that module's repository applies the
// request's reach before naming a file id here.
#include <string>

#include "db/scope.hpp"

namespace filet::files {

struct StoredFile {
  std::string id, organization_id, name, content_type;
  int64_t size_bytes = 0;
  std::string sha256, created_by, created_at;
};

namespace file_repository {

Result<void> insert(db::ScopedConnection& c, const StoredFile& f);
Result<StoredFile> find(db::ScopedConnection& c, const std::string& id);
Result<void> remove(db::ScopedConnection& c, const std::string& id);
// How many stored files keep these bytes (0: the bytes may leave the disk).
Result<int64_t> count_with_sha256(db::ScopedConnection& c, const std::string& sha256);

}  // namespace file_repository
}  // namespace filet::files
