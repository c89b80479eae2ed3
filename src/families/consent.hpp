#pragma once
// A consent record: one purpose (sharing with a named organization for a referral, evaluation
// data, contact by phone or text, photos), when and how it was given, who recorded it, and its
// withdrawal. What a consent gates is decided by consent_rules.hpp.
#include <boost/json/object.hpp>
#include <optional>
#include <string>

#include "common/fields.hpp"
#include "db/listing.hpp"

namespace filet::families {

struct Consent {
  std::string id, organization_id, family_id, purpose, partner_organization_id, given_on, given_how, withdrawn_on,
      recorded_by, created_at, updated_at;
  int64_t version = 1;
};

struct ConsentChanges {
  std::optional<std::string> client_id, family_id, purpose, partner_organization_id, given_on, given_how, withdrawn_on;
  std::optional<int64_t> version;
};

struct EntryFilter {
  std::string family_id;
};

extern const fields::Description kConsentFields;
extern const fields::Description kEntryFilterFields;
Result<ConsentChanges> decode_consent(const boost::json::object& body, fields::Mode mode);
boost::json::object to_json(const Consent& c);

}  // namespace filet::families
