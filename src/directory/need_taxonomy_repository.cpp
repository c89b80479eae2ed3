#include "directory/need_taxonomy.hpp"

#include <boost/json.hpp>
#include <map>

#include "common/ids.hpp"
#include "directory/need_taxonomy_data.hpp"

namespace filet::directory {
namespace {

std::string text(const boost::json::object& o, std::string_view key) {
  const auto* v = o.if_contains(key);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

}  // namespace

Result<void> install_need_taxonomy(db::Connection& c) {
  auto present = TRY(c.query("SELECT 1 FROM taxonomies WHERE id = ?", {std::string(kNeedTaxonomyId)}));
  if (!present.empty()) return {};
  TRY_VOID(c.execute("INSERT INTO taxonomies (id, name, description, uri, version) VALUES (?, ?, ?, ?, ?)",
                     {std::string(kNeedTaxonomyId), std::string("Filet — besoins des familles / family needs"),
                      std::string("Besoins des familles, partagés par tous les modules de Filet (répertoire, "
                                  "besoins, références, trous de service). / Family needs shared by every module."),
                      std::string("https://filet.example/taxonomies/needs"), std::string("1")}));
  auto doc = boost::json::parse(kNeedTaxonomyJson);
  std::map<std::string, std::string> ids;
  int64_t position = 0;
  for (const auto& item : doc.as_array()) {
    const auto& t = item.as_object();
    std::string id = ids::new_uuid();
    std::string parent = text(t, "parent");
    ids[text(t, "code")] = id;
    TRY_VOID(c.execute(
        "INSERT INTO taxonomy_terms (id, taxonomy_id, code, parent_id, name_fr, name_en, description_fr, "
        "description_en, open_eligibility, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        {id, std::string(kNeedTaxonomyId), text(t, "code"), parent.empty() ? db::Value{} : db::Value{ids.at(parent)},
         text(t, "name_fr"), text(t, "name_en"), text(t, "description_fr"), text(t, "description_en"),
         db::null_if_empty(text(t, "open_eligibility")), position++}));
  }
  return {};
}

Result<std::vector<NeedTerm>> all_terms(db::Connection& c) {
  std::vector<NeedTerm> terms;
  TRY_VOID(
      c.each("SELECT id, taxonomy_id, code, parent_id, name_fr, name_en, description_fr, description_en, "
             "open_eligibility FROM taxonomy_terms ORDER BY taxonomy_id, position, code",
             {}, [&](db::Row& r) {
               terms.push_back(
                   {r.text(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5), r.text(6), r.text(7), r.text(8)});
               return true;
             }));
  return terms;
}

}  // namespace filet::directory
