#pragma once
// What every list endpoint accepts (page, per_page, q, active) and returns.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db/where.hpp"

namespace filet::core {

struct ListQuery {
  int64_t page = 1;
  int64_t per_page = 25;
  std::string q;  // accent-folded search text
  std::optional<bool> active;

  int64_t offset() const { return (page - 1) * per_page; }
  // Adds the name search and the active filter for a table aliased `alias`.
  void apply(db::Where& where, const std::string& alias) const;
};

template <class T>
struct Page {
  std::vector<T> items;
  int64_t total = 0;
};

}  // namespace filet::core
