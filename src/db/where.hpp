#pragma once
// Builds a WHERE clause from optional filters, keeping SQL and parameters side by side.
#include <string>

#include "db/database.hpp"

namespace filet::db {

class Where {
 public:
  Where& add(std::string clause, Params params = {}) {
    clauses_ += (clauses_.empty() ? " WHERE " : " AND ") + ("(" + clause + ")");
    for (auto& p : params) params_.push_back(std::move(p));
    return *this;
  }
  const std::string& sql() const { return clauses_; }
  const Params& params() const { return params_; }
  // The parameters followed by extra ones (LIMIT, OFFSET).
  Params with(Params extra) const {
    Params all = params_;
    for (auto& p : extra) all.push_back(std::move(p));
    return all;
  }

 private:
  std::string clauses_;
  Params params_;
};

// A LIKE pattern matching `folded` anywhere, with % and _ escaped (use ESCAPE '\').
std::string contains_pattern(std::string_view folded);
// "?, ?, ?" for n parameters.
std::string placeholders(size_t n);

}  // namespace filet::db
