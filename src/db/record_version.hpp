#pragma once
// Optimistic versions: every record a person edits carries `version`, which each change
// increments. An update is a compare-and-set in one statement, atomic on both engines:
//   UPDATE t SET ..., version = version + 1 WHERE id = ? AND version = ?
// so of two changes made against the same version only the first changes the row.
#include <cstdint>
#include <string_view>

#include "common/error.hpp"

namespace filet::db {

// The SET part every versioned update carries.
inline constexpr std::string_view kNextVersion = "version = version + 1";

// The row count of a compare-and-set update: none means another change came first.
inline Result<void> one_row_changed(int64_t rows) {
  if (rows == 0) return fail(ErrorCode::version_conflict, "the record changed since its version was read");
  return {};
}

}  // namespace filet::db
