#include "reference/reference_install.hpp"

#include <boost/json.hpp>
#include <set>

#include "common/clock.hpp"
#include "common/ids.hpp"
#include "db/pool.hpp"
#include "reference/reference_list_repository.hpp"
#include "reference/reference_lists_data.hpp"

namespace filet::reference {
namespace repo = reference_list_repository;
namespace {

std::string text(const boost::json::object& o, std::string_view key) {
  const auto* v = o.if_contains(key);
  return v && v->is_string() ? std::string(v->as_string()) : std::string();
}

std::unexpected<Error> bad_data(const std::string& what) {
  return fail(ErrorCode::internal, "reference lists data: " + what);
}

}  // namespace

Result<std::vector<BuiltInList>> parse_built_in_lists(std::string_view json) {
  boost::system::error_code ec;
  auto doc = boost::json::parse(json, ec);
  if (ec || !doc.is_array()) return bad_data("not a JSON array");
  std::vector<BuiltInList> out;
  std::set<std::string> keys;
  for (const auto& item : doc.as_array()) {
    if (!item.is_object()) return bad_data("a list is not an object");
    const auto& l = item.as_object();
    BuiltInList built;
    built.list = {text(l, "key"),
                  text(l, "name_fr"),
                  text(l, "name_en"),
                  text(l, "description_fr"),
                  text(l, "description_en"),
                  static_cast<int64_t>(out.size() + 1)};
    if (!is_valid_code(built.list.key) || !keys.insert(built.list.key).second)
      return bad_data("bad or repeated list key '" + built.list.key + "'");
    if (built.list.name_fr.empty() || built.list.name_en.empty())
      return bad_data(built.list.key + ": a name is missing");
    const auto* entries = l.if_contains("entries");
    if (!entries || !entries->is_array()) return bad_data(built.list.key + ": no entries");
    std::set<std::string> codes;
    for (const auto& e : entries->as_array()) {
      if (!e.is_object()) return bad_data(built.list.key + ": an entry is not an object");
      const auto& o = e.as_object();
      ReferenceEntry entry;
      entry.list_key = built.list.key;
      entry.code = text(o, "code");
      entry.label_fr = text(o, "fr");
      entry.label_en = text(o, "en");
      entry.description_fr = text(o, "description_fr");
      entry.description_en = text(o, "description_en");
      entry.position = static_cast<int64_t>(built.entries.size() + 1);
      entry.built_in = true;
      if (!is_valid_code(entry.code) || !codes.insert(entry.code).second)
        return bad_data(built.list.key + ": bad or repeated code '" + entry.code + "'");
      if (entry.label_fr.empty() || entry.label_en.empty())
        return bad_data(built.list.key + "." + entry.code + ": a label is missing");
      built.entries.push_back(std::move(entry));
    }
    out.push_back(std::move(built));
  }
  return out;
}

Result<int> install_reference_lists(db::Connection& c) {
  return install_reference_lists(c, kReferenceListsJson);
}

Result<int> install_reference_lists(db::Connection& c, std::string_view json) {
  auto lists = TRY(parse_built_in_lists(json));
  auto tx = TRY(db::Transaction::begin(c));
  int added = 0;
  std::string now = clock::now_iso();
  for (const auto& built : lists) {
    TRY_VOID(repo::save_list(c, built.list));
    auto present = TRY(repo::codes(c, built.list.key));
    for (auto entry : built.entries) {
      if (present.contains(entry.code)) continue;  // installed before: an admin may have changed it
      entry.id = ids::new_uuid();
      // A first install keeps the file's order; an entry a newer Filet brings goes last.
      if (!present.empty()) entry.position = TRY(repo::next_position(c, entry.list_key));
      entry.created_at = entry.updated_at = now;
      TRY_VOID(repo::insert_entry(c, entry));
      ++added;
    }
  }
  TRY_VOID(tx.commit());
  return added;
}

}  // namespace filet::reference
