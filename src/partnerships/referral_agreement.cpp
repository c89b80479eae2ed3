#include "partnerships/referral_agreement.hpp"

namespace filet::partnerships {

void apply(ReferralAgreement& a, const AgreementChanges& c) {
  if (c.organization_id) a.organization_id = *c.organization_id;
  if (c.other_organization_id) a.other_organization_id = *c.other_organization_id;
  if (c.what_is_shared) a.what_is_shared = *c.what_is_shared;
  if (c.how_to_refer) a.how_to_refer = *c.how_to_refer;
  if (c.starts_on) a.starts_on = *c.starts_on;
  if (c.review_on) a.review_on = *c.review_on;
  if (c.status) a.status = *c.status;
  if (c.contacts) a.contacts = *c.contacts;
  if (c.other_contacts) a.other_contacts = *c.other_contacts;
}

Result<void> check(const ReferralAgreement& a) {
  std::vector<FieldError> errors;
  if (!a.other_organization_id.empty() && a.other_organization_id == a.organization_id)
    errors.push_back({"other_organization_id", FieldCode::invalid_value, "not_own_organization"});
  if (!a.review_on.empty() && a.review_on < a.starts_on)
    errors.push_back({"review_on", FieldCode::before_other, "starts_on"});
  for (const auto& [side, contacts] : {std::pair{"contacts", &a.contacts}, {"other_contacts", &a.other_contacts}}) {
    if (contacts->size() > kMaxContactsPerSide)
      errors.push_back({side, FieldCode::out_of_range, "0–" + std::to_string(kMaxContactsPerSide)});
    for (size_t i = 0; i < contacts->size(); ++i)
      if ((*contacts)[i].phone.empty() && (*contacts)[i].email.empty())
        errors.push_back({std::string(side) + "[" + std::to_string(i) + "].phone", FieldCode::required});
  }
  if (errors.empty()) return {};
  return fail(Error{ErrorCode::validation_failed, std::move(errors), {}, {}});
}

bool review_due(std::string_view status, std::string_view review_on, std::string_view today) {
  return status == "active" && !review_on.empty() && review_on < today;
}

}  // namespace filet::partnerships
