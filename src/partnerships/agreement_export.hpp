#pragma once
// Referral agreements as rows of the export writer (pure): one row per agreement — both
// organizations, status, dates, whether its review is due, what is shared, how referrals are
// made, and each side's contacts — in French or English.
#include <vector>

#include "export/table_writer.hpp"
#include "partnerships/referral_agreement.hpp"

namespace filet::partnerships {

std::vector<exports::Column> agreement_columns(exports::Language language);
std::vector<exports::Cell> agreement_row(const ReferralAgreement& a, exports::Language language);
// One side's contacts in one cell: « Nom (rôle), téléphone, courriel ; … ».
std::string contacts_text(const std::vector<AgreementContact>& contacts);

}  // namespace filet::partnerships
