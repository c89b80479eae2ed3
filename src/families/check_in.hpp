#pragma once
// An outcome check-in on seed 003's criteria of a significant accompaniment, each on a 4-point
// agreement scale (1 not at all … 4 completely): a trust link is established; the parents feel
// more confident in their means; they are better informed; they use community resources more.
#include <boost/json/object.hpp>
#include <optional>
#include <string>

#include "common/fields.hpp"

namespace filet::families {

struct CheckIn {
  std::string id, organization_id, family_id, check_date;
  int64_t trust_link = 0, confidence = 0, informed = 0, resource_use = 0;
  std::string notes, recorded_by, created_at, updated_at;
  int64_t version = 1;
};

struct CheckInChanges {
  std::optional<std::string> client_id, family_id, check_date, notes;
  std::optional<int64_t> trust_link, confidence, informed, resource_use;
  std::optional<int64_t> version;
};

extern const fields::Description kCheckInFields;
Result<CheckInChanges> decode_check_in(const boost::json::object& body, fields::Mode mode);
boost::json::object to_json(const CheckIn& c);

}  // namespace filet::families
