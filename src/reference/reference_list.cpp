#include "reference/reference_list.hpp"

namespace filet::reference {
namespace {

boost::json::value nullable(const std::string& s) {
  if (s.empty()) return nullptr;
  return boost::json::string(s);
}

bool is_lower(char c) {
  return c >= 'a' && c <= 'z';
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

}  // namespace

bool is_valid_code(std::string_view code) {
  if (code.size() < 2 || code.size() > 41 || !is_lower(code.front())) return false;
  for (char c : code.substr(1))
    if (!is_lower(c) && !is_digit(c) && c != '_') return false;
  return true;
}

boost::json::object to_json(const ReferenceList& list) {
  return {{"key", list.key},
          {"name_fr", list.name_fr},
          {"name_en", list.name_en},
          {"description_fr", list.description_fr},
          {"description_en", list.description_en},
          {"position", list.position},
          {"active_count", list.active_count},
          {"retired_count", list.retired_count}};
}

boost::json::object to_json(const ReferenceEntry& e) {
  return {{"id", e.id},
          {"list_key", e.list_key},
          {"code", e.code},
          {"label_fr", e.label_fr},
          {"label_en", e.label_en},
          {"description_fr", e.description_fr},
          {"description_en", e.description_en},
          {"position", e.position},
          {"built_in", e.built_in},
          {"retired", e.retired()},
          {"retired_at", nullable(e.retired_at)},
          {"created_at", e.created_at},
          {"created_by", nullable(e.created_by)},
          {"updated_at", e.updated_at}};
}

}  // namespace filet::reference
