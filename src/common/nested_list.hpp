#pragma once
// A body's list of nested records (a meeting's decisions, an agreement's contacts), each read
// with its own described fields; every problem is named with its place in the list
// (decisions[2].due_on), and nothing is kept of a list that has one.
#include <optional>
#include <string>
#include <vector>

#include "common/fields.hpp"

namespace filet::fields {

// nullopt when the body has no such field (or it is malformed: the problem is added to `in`).
// `read(Reader&)` returns the record made of one item's fields.
template <class T, class Read>
std::optional<std::vector<T>> read_nested_list(Reader& in, std::string_view name, const Description& nested,
                                               Read read) {
  const auto* raw = in.raw(name);
  if (!raw) return std::nullopt;
  if (!raw->is_array()) {
    in.add({std::string(name), FieldCode::wrong_type, "array"});
    return std::nullopt;
  }
  std::vector<T> out;
  bool ok = true;
  const auto& items = raw->as_array();
  for (size_t i = 0; i < items.size(); ++i) {
    const std::string at = std::string(name) + "[" + std::to_string(i) + "]";
    const auto* item = items[i].if_object();
    if (!item) {
      in.add({at, FieldCode::wrong_type, "object"});
      ok = false;
      continue;
    }
    Reader one(*item, nested, Mode::create);
    T value = read(one);
    if (auto checked = one.finish(); !checked) {
      for (const auto& e : checked.error().fields) in.add({at + "." + e.field, e.code, e.param});
      ok = false;
    }
    out.push_back(std::move(value));
  }
  if (!ok) return std::nullopt;
  return out;
}

}  // namespace filet::fields
