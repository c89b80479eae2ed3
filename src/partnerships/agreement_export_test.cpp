// An agreement as an export row: both organizations, the status and the review flag in the
// file's language, each side's contacts in one cell, in order.
#include "partnerships/agreement_export.hpp"

#include <gtest/gtest.h>

namespace filet::partnerships {
namespace {

TEST(AgreementExport, OneRowPerAgreementInTheFilesLanguage) {
  ReferralAgreement a;
  a.organization_name = "Les Maisons voisines";
  a.other_organization_name = "CLSC des Rapides";
  a.status = "active";
  a.starts_on = "2026-01-15";
  a.review_on = "2026-06-15";
  a.review_due = true;
  a.contacts = {{"Sophie Nadeau", "Intervenante", "514-555-0115", ""}, {"Marc", "", "", "marc@example.org"}};
  a.other_contacts = {{"Accueil", "", "514-555-0130", ""}};
  auto fr = agreement_row(a, exports::Language::fr);
  ASSERT_EQ(fr.size(), agreement_columns(exports::Language::fr).size());
  EXPECT_EQ(std::get<std::string>(fr[2]), "En vigueur");
  EXPECT_EQ(std::get<std::string>(fr[5]), "Oui");
  EXPECT_EQ(std::get<std::string>(fr[8]), "Sophie Nadeau (Intervenante), 514-555-0115 ; Marc, marc@example.org");
  EXPECT_EQ(std::get<std::string>(fr[9]), "Accueil, 514-555-0130");
  auto en = agreement_row(a, exports::Language::en);
  EXPECT_EQ(std::get<std::string>(en[2]), "Active");
  EXPECT_EQ(std::get<std::string>(en[5]), "Yes");
  EXPECT_EQ(contacts_text({}), "");
}

}  // namespace
}  // namespace filet::partnerships
