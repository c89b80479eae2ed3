#pragma once
// A referral's fields, described once (decoding, labels, OpenAPI schemas, web types), the list's
// filters, the body of a step of the loop and the referral's timeline; and their JSON.
#include <boost/json/object.hpp>

#include "common/fields.hpp"
#include "referrals/referral.hpp"

namespace filet::referrals {

extern const fields::Description kReferralFields;
// The list's filters: box (sent: by the reader's organization; received: addressed to it),
// status, overdue.
extern const fields::Description kReferralFilters;
extern const fields::Description kTransitionRequestFields;
extern const fields::Description kTransitionFields;
extern const fields::Description kReferralTimelineFields;

Result<ReferralChanges> decode_referral(const boost::json::object& body, fields::Mode mode);
// The body of POST /api/v1/referrals/{id}/transitions (its version taken out before).
Result<TransitionRequest> decode_transition(const boost::json::object& body);

boost::json::object to_json(const Referral& r);
boost::json::object to_json(const Transition& t);
// The referral's steps, oldest first.
boost::json::object timeline_json(const std::string& referral_id, const std::vector<Transition>& steps);

}  // namespace filet::referrals
