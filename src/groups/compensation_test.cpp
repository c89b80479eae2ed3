// Compensation totals on a small hand-counted case: paid and still to pay kept apart, each
// organization and each program once, people paid in their own name and groups without a program
// in their own line, and every total adding up to the overall one.
#include "groups/compensation.hpp"

#include <gtest/gtest.h>

namespace filet::groups {
namespace {

const std::vector<CompensationLine> kLines{
    {"p1", "Espace Intervenants", "o1", "Maison Bleue", 15000, true},
    {"p1", "Espace Intervenants", "o1", "Maison Bleue", 15000, false},
    {"p1", "Espace Intervenants", "o2", "Halte Accueil", 25000, true},
    {"p1", "Espace Intervenants", "", "", 5000, true},  // a guest parent partner
    {"p2", "Ateliers parents", "o2", "Halte Accueil", 1234, false},
    {"", "", "o1", "Maison Bleue", 1, true},  // a group without a program
};

TEST(CompensationTotals, PerOrganizationPaidAndToPayApart) {
  auto t = compensation_totals(kLines);
  ASSERT_EQ(t.organizations.size(), 3u);
  EXPECT_EQ(t.organizations[0].name, "Halte Accueil");
  EXPECT_EQ(t.organizations[0].paid_cents, 25000);
  EXPECT_EQ(t.organizations[0].to_pay_cents, 1234);
  EXPECT_EQ(t.organizations[0].payments, 2);
  EXPECT_EQ(t.organizations[1].name, "Maison Bleue");
  EXPECT_EQ(t.organizations[1].paid_cents, 15001);
  EXPECT_EQ(t.organizations[1].to_pay_cents, 15000);
  EXPECT_EQ(t.organizations[1].payments, 3);
  EXPECT_EQ(t.organizations[2].id, "");  // people paid in their own name, last
  EXPECT_EQ(t.organizations[2].paid_cents, 5000);
}

TEST(CompensationTotals, PerProgramWithGroupsWithoutProgramLast) {
  auto t = compensation_totals(kLines);
  ASSERT_EQ(t.programs.size(), 3u);
  EXPECT_EQ(t.programs[0].name, "Ateliers parents");
  EXPECT_EQ(t.programs[0].to_pay_cents, 1234);
  EXPECT_EQ(t.programs[1].name, "Espace Intervenants");
  EXPECT_EQ(t.programs[1].paid_cents, 45000);
  EXPECT_EQ(t.programs[1].to_pay_cents, 15000);
  EXPECT_EQ(t.programs[1].payments, 4);
  EXPECT_EQ(t.programs[2].id, "");
  EXPECT_EQ(t.programs[2].paid_cents, 1);
}

TEST(CompensationTotals, EveryBreakdownAddsUpToTheOverall) {
  auto t = compensation_totals(kLines);
  EXPECT_EQ(t.overall.paid_cents, 15000 + 25000 + 5000 + 1);
  EXPECT_EQ(t.overall.to_pay_cents, 15000 + 1234);
  EXPECT_EQ(t.overall.payments, 6);
  for (const auto* list : {&t.organizations, &t.programs}) {
    int64_t paid = 0, to_pay = 0, payments = 0;
    for (const auto& line : *list) {
      paid += line.paid_cents;
      to_pay += line.to_pay_cents;
      payments += line.payments;
    }
    EXPECT_EQ(paid, t.overall.paid_cents);
    EXPECT_EQ(to_pay, t.overall.to_pay_cents);
    EXPECT_EQ(payments, t.overall.payments);
  }
}

TEST(CompensationTotals, NothingRecordedIsAllZero) {
  auto t = compensation_totals({});
  EXPECT_TRUE(t.organizations.empty());
  EXPECT_TRUE(t.programs.empty());
  EXPECT_EQ(t.overall.paid_cents + t.overall.to_pay_cents + t.overall.payments, 0);
}

}  // namespace
}  // namespace filet::groups
