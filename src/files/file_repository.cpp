#include "files/file_repository.hpp"

namespace filet::files::file_repository {

Result<void> insert(db::ScopedConnection& c, const StoredFile& f) {
  TRY_VOID(c.execute(
      "INSERT INTO stored_files (id, organization_id, name, content_type, size_bytes, sha256, created_by, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      {f.id, f.organization_id, f.name, f.content_type, f.size_bytes, f.sha256, db::null_if_empty(f.created_by),
       f.created_at}));
  return {};
}

Result<StoredFile> find(db::ScopedConnection& c, const std::string& id) {
  auto r = TRY(db::query_one(
      c.connection(),
      "SELECT id, organization_id, name, content_type, size_bytes, sha256, created_by, created_at FROM stored_files "
      "WHERE id = ?",
      {id}));
  return StoredFile{r.text(0), r.text(1), r.text(2), r.text(3), r.integer(4), r.text(5), r.text(6), r.text(7)};
}

Result<void> remove(db::ScopedConnection& c, const std::string& id) {
  TRY_VOID(c.execute("DELETE FROM stored_files WHERE id = ?", {id}));
  return {};
}

Result<int64_t> count_with_sha256(db::ScopedConnection& c, const std::string& sha256) {
  auto r = TRY(db::query_one(c.connection(), "SELECT COUNT(*) FROM stored_files WHERE sha256 = ?", {sha256}));
  return r.integer(0);
}

}  // namespace filet::files::file_repository
