#pragma once
// The service side of optimistic versions (db/record_version.hpp holds the SQL side): a change
// that names a version other than the record's is refused with the record as it is now, so the
// person sees what someone else changed instead of silently overwriting it.
#include <boost/json.hpp>
#include <cstdint>
#include <optional>

#include "common/json_writer.hpp"
#include "db/record_version.hpp"

namespace filet::core {

// version_conflict carrying `current`: the record's JSON as its GET gives it.
inline Error version_conflict(const boost::json::value& current) {
  Error error = Error::of(ErrorCode::version_conflict);
  error.current = boost::json::serialize(current);
  return error;
}

// The same, for a record its module writes with write_json.
template <class Record>
requires requires(JsonWriter& w, const Record& r) {
  write_json(w, r);
}
Error version_conflict(const Record& current) {
  Error error = Error::of(ErrorCode::version_conflict);
  error.current = json_text(current);
  return error;
}

// Whether a change made against `expected` comes too late for a record now at `actual`.
// No version named (an old client): the change applies to the current version.
inline bool is_stale(std::optional<int64_t> expected, int64_t actual) {
  return expected && *expected != actual;
}

// After a compare-and-set update: when another change committed in between, the conflict gets
// the record as it is now (`read` gives it, or its JSON, read in the same transaction).
template <class Read>
Result<void> with_current(Result<void> saved, Read read) {
  if (saved || saved.error().code != ErrorCode::version_conflict) return saved;
  auto current = TRY(read());
  return fail(version_conflict(current));
}

}  // namespace filet::core
