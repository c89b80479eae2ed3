#include "demo/demo_gaps_repository.hpp"

namespace filet::demo::demo_gaps_repository {

Result<std::map<std::string, std::string>> needs_by_code(db::Connection& c) {
  std::map<std::string, std::string> out;
  TRY_VOID(c.each("SELECT code, id FROM taxonomy_terms WHERE code IS NOT NULL", {}, [&](const db::Row& r) {
    out[r.text(0)] = r.text(1);
    return true;
  }));
  return out;
}

Result<std::vector<std::string>> families_of(db::Connection& c, const std::string& organization_id) {
  std::vector<std::string> out;
  TRY_VOID(
      c.each("SELECT id FROM families WHERE organization_id = ? ORDER BY id", {organization_id}, [&](const db::Row& r) {
        out.push_back(r.text(0));
        return true;
      }));
  return out;
}

}  // namespace filet::demo::demo_gaps_repository
