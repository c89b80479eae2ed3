#pragma once
// A referral agreement's fields, described once (decoding, labels, OpenAPI schemas, web types)
// and the list's filters.
#include <boost/json/object.hpp>

#include "common/fields.hpp"
#include "partnerships/referral_agreement.hpp"

namespace filet::partnerships {

extern const fields::Description kAgreementFields;
extern const fields::Description kAgreementFilters;

Result<AgreementChanges> decode_agreement(const boost::json::object& body, fields::Mode mode);
boost::json::object to_json(const ReferralAgreement& a);

}  // namespace filet::partnerships
