#pragma once
// A contact of accompaniment with a family: when, how, who initiated it, how long, the needs
// addressed (the need taxonomy), the accompaniment elements, the obstacles met and what was
// tried, and a note.
#include <boost/json/object.hpp>
#include <optional>
#include <string>
#include <vector>

#include "common/fields.hpp"

namespace filet::families {

inline constexpr std::string_view kInitiators[] = {"worker", "parent", "both", "partner"};

struct Contact {
  std::string id, organization_id, family_id, contact_date, mode, initiated_by;
  std::optional<int64_t> duration_minutes;
  std::vector<std::string> need_ids, elements, obstacles;
  std::string tried, notes, recorded_by, created_at, updated_at;
  int64_t version = 1;
};

struct ContactChanges {
  std::optional<std::string> client_id, family_id, contact_date, mode, initiated_by, tried, notes;
  std::optional<std::optional<int64_t>> duration_minutes;
  std::optional<std::vector<std::string>> need_ids, elements, obstacles;
  std::optional<int64_t> version;
};

extern const fields::Description kContactFields;
Result<ContactChanges> decode_contact(const boost::json::object& body, fields::Mode mode);
boost::json::object to_json(const Contact& c);

}  // namespace filet::families
