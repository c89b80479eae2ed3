#include "privacy/incident.hpp"

#include "privacy/incident_fields.hpp"

#include <gtest/gtest.h>

namespace filet::privacy {
namespace {

Incident valid() {
  Incident i;
  i.occurred_on = "2026-03-01";
  i.discovered_on = "2026-03-04";
  return i;
}

std::vector<std::string> fields_of(const Result<void>& r) {
  std::vector<std::string> out;
  if (!r) {
    EXPECT_EQ(r.error().code, ErrorCode::validation_failed);
    for (const auto& f : r.error().fields) out.push_back(f.field + ":" + std::string(field_code_name(f.code)));
  }
  return out;
}

TEST(CheckIncident, AcceptsAnIncidentWithoutSeriousRiskAndWithoutNotices) {
  EXPECT_TRUE(check_incident(valid()));
}

TEST(CheckIncident, ASeriousRiskAsksForNoNoticeWhileTheIncidentIsOpen) {
  Incident i = valid();
  i.serious_risk = true;
  EXPECT_TRUE(check_incident(i));
}

TEST(CheckIncident, ClosingASeriousIncidentRequiresBothNotices) {
  Incident i = valid();
  i.serious_risk = true;
  i.status = "closed";
  EXPECT_EQ(fields_of(check_incident(i)), (std::vector<std::string>{"commission_notified_on:required_to_close",
                                                                    "persons_notified_on:required_to_close"}));
  i.commission_notified_on = "2026-03-05";
  EXPECT_EQ(fields_of(check_incident(i)), (std::vector<std::string>{"persons_notified_on:required_to_close"}));
  i.persons_notified_on = "2026-03-06";
  EXPECT_TRUE(check_incident(i));
}

TEST(CheckIncident, ClosingAnIncidentWithoutSeriousRiskRequiresNoNotice) {
  Incident i = valid();
  i.status = "closed";
  EXPECT_TRUE(check_incident(i));
}

TEST(CheckIncident, TheRefusedCloseNamesTheMissingFieldInFrenchAndEnglish) {
  Incident i = valid();
  i.serious_risk = true;
  i.status = "closed";
  i.commission_notified_on = "2026-03-05";
  auto r = check_incident(i);
  ASSERT_FALSE(r);
  ASSERT_EQ(r.error().fields.size(), 1u);
  ASSERT_FALSE(kIncidentFields.fields.empty());  // the fields' labels name them in messages
  FieldMessage m = field_message(r.error().fields[0]);
  EXPECT_NE(m.fr.find("date de l’avis aux personnes concernées"), std::string::npos) << m.fr;
  EXPECT_NE(m.fr.find("fermer"), std::string::npos) << m.fr;
  EXPECT_NE(m.en.find("date the persons concerned were notified"), std::string::npos) << m.en;
  EXPECT_NE(m.en.find("close"), std::string::npos) << m.en;
}

TEST(CheckIncident, APeriodEndsOnOrAfterItsFirstDay) {
  Incident i = valid();
  i.occurred_until = "2026-03-01";
  EXPECT_TRUE(check_incident(i));
  i.occurred_until = "2026-02-28";
  EXPECT_EQ(fields_of(check_incident(i)), (std::vector<std::string>{"occurred_until:before_start"}));
}

TEST(CheckIncident, NoKnowledgeBeforeTheIncidentBegan) {
  Incident i = valid();
  i.discovered_on = "2026-02-27";
  EXPECT_EQ(fields_of(check_incident(i)), (std::vector<std::string>{"discovered_on:before_start"}));
}

TEST(CheckIncident, NoNoticeBeforeTheOrganizationLearnedOfTheIncident) {
  Incident i = valid();  // learned of on 2026-03-04
  i.commission_notified_on = "2026-03-03";
  i.persons_notified_on = "2026-03-04";
  EXPECT_EQ(fields_of(check_incident(i)), (std::vector<std::string>{"commission_notified_on:before_other"}));
  auto r = check_incident(i);
  EXPECT_EQ(r.error().fields[0].param, "discovered_on");
  i.commission_notified_on = "2026-03-04";
  EXPECT_TRUE(check_incident(i));
}

TEST(ApplyIncident, ChangesOnlyTheFieldsGiven) {
  Incident i = valid();
  i.description = "Courriel envoyé au mauvais destinataire";
  apply(i, {.persons_concerned = 12, .serious_risk = true});
  EXPECT_EQ(i.description, "Courriel envoyé au mauvais destinataire");
  EXPECT_EQ(i.persons_concerned, 12);
  EXPECT_TRUE(i.serious_risk);
  apply(i, {.occurred_until = ""});
  EXPECT_EQ(i.occurred_until, "");
}

}  // namespace
}  // namespace filet::privacy
