#include "families/identity_repository.hpp"

#include "db/record_version.hpp"

namespace filet::families::identity_repository {

Result<std::optional<StoredIdentity>> find(db::ScopedConnection& c, const std::string& family_id) {
  db::Where where;
  where.add("i.family_id = ?", {family_id});
  c.readable(where, "i.organization_id", db::Access::identified);
  auto rows =
      TRY(c.query("SELECT k.wrapped_key, i.ciphertext, i.updated_at, i.version FROM family_identities i "
                  "JOIN family_identity_keys k ON k.family_id = i.family_id" +
                      where.sql(),
                  where.params()));
  if (rows.empty()) return std::optional<StoredIdentity>{};
  const auto& r = rows.front();
  return std::optional<StoredIdentity>{StoredIdentity{{r.text(0), r.text(1)}, r.text(2), r.integer(3)}};
}

Result<void> save(db::ScopedConnection& c, const std::string& family_id, const std::string& organization_id,
                  const vault::SealedIdentity& sealed, const std::vector<std::string>& name_hashes,
                  const std::string& updated_at, int64_t version) {
  if (version == 0) {
    auto written = TRY(c.execute(
        "INSERT INTO family_identities (family_id, organization_id, ciphertext, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (family_id) DO NOTHING",
        {family_id, organization_id, sealed.ciphertext, updated_at}));
    TRY_VOID(db::one_row_changed(written));
    TRY_VOID(c.execute("INSERT INTO family_identity_keys (family_id, wrapped_key) VALUES (?, ?)",
                       {family_id, sealed.wrapped_key}));
  } else {
    db::Where where;
    where.add("family_id = ?", {family_id});
    where.add("version = ?", {version});
    c.readable(where, "organization_id", db::Access::identified);
    db::Params params{sealed.ciphertext, updated_at};
    for (const auto& p : where.params()) params.push_back(p);
    TRY_VOID(db::one_row_changed(TRY(c.execute(
        "UPDATE family_identities SET ciphertext = ?, updated_at = ?, " + std::string(db::kNextVersion) + where.sql(),
        params))));
    TRY_VOID(c.execute("UPDATE family_identity_keys SET wrapped_key = ? WHERE family_id = ?",
                       {sealed.wrapped_key, family_id}));
  }
  TRY_VOID(c.execute("DELETE FROM family_name_index WHERE family_id = ?", {family_id}));
  for (const auto& hash : name_hashes)
    TRY_VOID(c.execute(
        "INSERT INTO family_name_index (family_id, organization_id, hash) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
        {family_id, organization_id, hash}));
  return {};
}

}  // namespace filet::families::identity_repository
