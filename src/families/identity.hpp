#pragma once
// A family's identity: names, phone, address and identifying notes, sealed by the identity vault
// (common/identity_vault.hpp); only the accompanying organization's practitioners and managers
// read it, and every read is audited. Never in a list, never in a log line.
#include <boost/json/object.hpp>
#include <optional>
#include <string>

#include "common/fields.hpp"
#include "common/identity_vault.hpp"

namespace filet::families {

struct Identity {
  std::string family_id;
  vault::IdentityFields fields;  // names, phone, address, identifying_notes
  std::string updated_at;
  int64_t version = 0;  // 0: none recorded yet
};

struct IdentityChanges {
  std::optional<std::string> names, phone, address, identifying_notes;
  std::optional<int64_t> version;
};

extern const fields::Description kIdentityFields;
Result<IdentityChanges> decode_identity(const boost::json::object& body);
boost::json::object to_json(const Identity& identity);

}  // namespace filet::families
