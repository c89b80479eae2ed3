#pragma once
// Small helpers to write records as JSON the same way everywhere.
#include <boost/json.hpp>
#include <string>

#include "core/listing.hpp"

namespace filet::core {

inline boost::json::value nullable(const std::string& s) {
  if (s.empty()) return nullptr;
  return boost::json::string(s);
}

// {"items": [...], "page", "per_page", "total"} for any record type with a to_json.
template <class T>
boost::json::object page_json(const Page<T>& page, const ListQuery& query) {
  boost::json::array items;
  items.reserve(page.items.size());
  for (const auto& item : page.items) items.push_back(to_json(item));
  return {{"items", std::move(items)}, {"page", query.page}, {"per_page", query.per_page}, {"total", page.total}};
}

}  // namespace filet::core
