// A gap's pure rules: which referrals propose one, the reason mapped from the decline reason, the
// quarter of a date, and "other" alone keeping its text.
#include "gaps/gap.hpp"

#include <gtest/gtest.h>

namespace filet::gaps {
namespace {

TEST(GapProposal, DeclinedAndClosedWithoutServiceProposeAGap) {
  EXPECT_TRUE(proposes_gap("declined"));
  EXPECT_TRUE(proposes_gap("withdrew"));
  EXPECT_TRUE(proposes_gap("no_show"));
  for (auto s : {"draft", "sent", "acknowledged", "accepted", "first_contact", "service_started", "completed",
                 "information_only", "cancelled"})
    EXPECT_FALSE(proposes_gap(s)) << s;
}

TEST(GapProposal, DeclineReasonMapsToTheGapsReason) {
  EXPECT_EQ(proposed_reason("declined", "full_waiting_list"), "waiting_list");
  EXPECT_EQ(proposed_reason("declined", "not_eligible"), "not_eligible");
  EXPECT_EQ(proposed_reason("declined", "outside_territory"), "transport");
  EXPECT_EQ(proposed_reason("declined", "other"), "other");
  EXPECT_EQ(proposed_reason("declined", "already_served"), "");
  EXPECT_EQ(proposed_reason("declined", "family_unreachable"), "");
  EXPECT_EQ(proposed_reason("withdrew", ""), "");
  EXPECT_EQ(proposed_reason("no_show", "full_waiting_list"), "");
}

TEST(GapQuarter, QuarterOfADate) {
  EXPECT_EQ(quarter_of("2026-01-01"), "2026-Q1");
  EXPECT_EQ(quarter_of("2026-03-31"), "2026-Q1");
  EXPECT_EQ(quarter_of("2026-04-01"), "2026-Q2");
  EXPECT_EQ(quarter_of("2026-09-30"), "2026-Q3");
  EXPECT_EQ(quarter_of("2026-12-07T10:00:00Z"), "2026-Q4");
  EXPECT_EQ(quarter_of("2026-13-01"), "");
  EXPECT_EQ(quarter_of("2026-1-01"), "");
  EXPECT_EQ(quarter_of(""), "");
  EXPECT_TRUE(is_quarter("2026-Q1"));
  EXPECT_TRUE(is_quarter("2026-Q4"));
  EXPECT_FALSE(is_quarter("2026-Q5"));
  EXPECT_FALSE(is_quarter("2026-Q0"));
  EXPECT_FALSE(is_quarter("26-Q1"));
  EXPECT_FALSE(is_quarter("2026Q1x"));
  EXPECT_EQ(quarter_days("2026-Q1"), (std::pair<std::string, std::string>{"2026-01-01", "2026-04-01"}));
  EXPECT_EQ(quarter_days("2026-Q3"), (std::pair<std::string, std::string>{"2026-07-01", "2026-10-01"}));
  EXPECT_EQ(quarter_days("2026-Q4"), (std::pair<std::string, std::string>{"2026-10-01", "2027-01-01"}));
}

TEST(GapApply, OnlyOtherKeepsItsText) {
  Gap g;
  GapChanges c;
  c.reason = "other";
  c.reason_other = "pas d’interprète le samedi";
  apply(g, c);
  EXPECT_EQ(g.reason_other, "pas d’interprète le samedi");
  GapChanges cost;
  cost.reason = "cost";
  apply(g, cost);
  EXPECT_TRUE(g.reason_other.empty());
}

}  // namespace
}  // namespace filet::gaps
