#pragma once
// Small pieces the groups' field files share: texts and lists as JSON, the owning organization.
#include <boost/json/array.hpp>
#include <boost/json/value.hpp>
#include <string>
#include <vector>

#include "common/fields.hpp"

namespace filet::groups {

// A text, or null when empty.
inline boost::json::value text_or_null(const std::string& s) {
  if (s.empty()) return nullptr;
  return boost::json::string(s);
}

inline boost::json::array array_of(const std::vector<std::string>& items) {
  boost::json::array out;
  for (const auto& i : items) out.emplace_back(i);
  return out;
}

inline constexpr fields::Field kOrganization{
    .name = "organization_id", .type = fields::Type::id, .label = {"organisme", "organization"}, .required = true};

}  // namespace filet::groups
