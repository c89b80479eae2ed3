#include "groups/family_link_repository.hpp"

#include <map>

#include "groups/family_link.hpp"

namespace filet::groups::family_link_repository {

std::vector<families::ConsentTerms> LinkableFamily::terms() const {
  std::vector<families::ConsentTerms> out;
  for (size_t i = 0; i < purposes.size(); ++i) out.push_back({purposes[i], "", given_on[i], withdrawn_on[i]});
  return out;
}

Result<LinkableFamily> family_for_link(db::ScopedConnection& c, const std::string& family_id) {
  db::Where where;
  where.add("f.id = ?", {family_id});
  c.readable(where, "f.organization_id", db::Access::identified);
  auto rows = TRY(c.query("SELECT f.organization_id, f.code FROM families f" + where.sql(), where.params()));
  LinkableFamily out;
  if (rows.empty()) return out;
  out.found = true;
  out.organization_id = rows.front().text(0);
  out.code = rows.front().text(1);
  for (const auto& r :
       TRY(c.query("SELECT purpose, given_on, withdrawn_on FROM family_consents WHERE family_id = ?", {family_id}))) {
    out.purposes.push_back(r.text(0));
    out.given_on.push_back(r.text(1));
    out.withdrawn_on.push_back(r.text(2));
  }
  return out;
}

Result<void> attach_links(db::ScopedConnection& c, std::vector<Participant>& participants, const std::string& day) {
  if (participants.empty()) return {};
  db::Params ids;
  for (const auto& p : participants) ids.emplace_back(p.id);
  db::Where where;
  where.add("p.id IN (" + db::placeholders(ids.size()) + ")", ids);
  c.readable(where, "f.organization_id", db::Access::identified);
  // The SQL form of families::consent_allows for group participation on `day`.
  where.add(
      "EXISTS (SELECT 1 FROM family_consents k WHERE k.family_id = f.id AND k.purpose = ? AND k.given_on <= ? AND "
      "(k.withdrawn_on IS NULL OR k.withdrawn_on > ?))",
      {std::string(kGroupParticipationPurpose), day, day});
  std::map<std::string, std::pair<std::string, std::string>> seen;
  for (const auto& r : TRY(c.query(
           "SELECT p.id, f.id, f.code FROM group_participants p JOIN families f ON f.id = p.family_id" + where.sql(),
           where.params())))
    seen[r.text(0)] = {r.text(1), r.text(2)};
  for (auto& p : participants) {
    auto found = seen.find(p.id);
    p.family_id = found == seen.end() ? "" : found->second.first;
    p.family_code = found == seen.end() ? "" : found->second.second;
  }
  return {};
}

Result<std::string> stored_link(db::ScopedConnection& c, const std::string& participant_id) {
  auto rows = TRY(c.query("SELECT family_id FROM group_participants WHERE id = ?", {participant_id}));
  return rows.empty() ? std::string() : rows.front().text(0);
}

Result<void> set_link(db::ScopedConnection& c, const std::string& participant_id, const std::string& family_id) {
  TRY_VOID(c.execute("UPDATE group_participants SET family_id = ? WHERE id = ?",
                     {db::null_if_empty(family_id), participant_id}));
  return {};
}

}  // namespace filet::groups::family_link_repository
