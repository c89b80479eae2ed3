#pragma once
#include "api/api.hpp"
#include "partnerships/agreement_service.hpp"
#include "partnerships/key_partner_service.hpp"

namespace filet::partnerships {
// /api/v1/key-partners (list, get, create, change, delete: each practitioner's and manager's own
// choices; managers read their organization's) and the summary for coordinators and evaluators
// (GET /api/v1/key-partners/summary); /api/v1/referral-agreements (both sides and their programs' coordinators
// and evaluators read; either side's managers record and change).
void add_partnership_routes(api::Api& api, KeyPartnerService& key_partners, AgreementService& agreements);
}  // namespace filet::partnerships
