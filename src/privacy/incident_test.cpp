#include "privacy/incident.hpp"

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

TEST(CheckIncident, ASeriousRiskRequiresBothNotices) {
  Incident i = valid();
  i.serious_risk = true;
  EXPECT_EQ(fields_of(check_incident(i)),
            (std::vector<std::string>{"commission_notified_on:required", "persons_notified_on:required"}));
  i.commission_notified_on = "2026-03-05";
  EXPECT_EQ(fields_of(check_incident(i)), (std::vector<std::string>{"persons_notified_on:required"}));
  i.persons_notified_on = "2026-03-06";
  EXPECT_TRUE(check_incident(i));
}

TEST(CheckIncident, APeriodEndsOnOrAfterItsFirstDay) {
  Incident i = valid();
  i.occurred_until = "2026-03-01";
  EXPECT_TRUE(check_incident(i));
  i.occurred_until = "2026-02-28";
  EXPECT_EQ(fields_of(check_incident(i)), (std::vector<std::string>{"occurred_until:before_start"}));
}

TEST(CheckIncident, NoKnowledgeNorNoticeBeforeTheIncidentBegan) {
  Incident i = valid();
  i.discovered_on = "2026-02-27";
  i.commission_notified_on = "2026-02-28";
  EXPECT_EQ(fields_of(check_incident(i)),
            (std::vector<std::string>{"discovered_on:before_start", "commission_notified_on:before_start"}));
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
