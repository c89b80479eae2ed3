#include "reports/summary.hpp"

#include <gtest/gtest.h>

namespace filet::reports {
namespace {

CheckInRow check_in(std::string family, std::string date, std::array<int64_t, 4> ratings) {
  return {std::move(family), std::move(date), "id-" + date, ratings};
}

TEST(JournalSummary, ComparesEachFamilysFirstAndLatestCheckInWhateverTheirOrder) {
  std::vector<CheckInRow> rows = {check_in("a", "2026-05-01", {2, 2, 2, 2}), check_in("a", "2026-01-10", {1, 3, 1, 1}),
                                  check_in("a", "2026-03-01", {4, 4, 4, 4}),  // neither first nor latest
                                  check_in("b", "2026-02-01", {1, 1, 1, 1}),  // one check-in: nothing to compare
                                  check_in("c", "2026-06-01", {3, 1, 2, 1}), check_in("c", "2026-02-01", {2, 2, 2, 1})};
  auto c = compare_check_ins(rows);
  ASSERT_EQ(c.size(), 4u);
  EXPECT_EQ(c[0].criterion, "trust_link");
  EXPECT_EQ(c[0].families, 2);
  EXPECT_DOUBLE_EQ(c[0].first_mean, 1.5);   // a: 1, c: 2
  EXPECT_DOUBLE_EQ(c[0].latest_mean, 2.5);  // a: 2, c: 3
  EXPECT_EQ(c[0].improved, 2);
  EXPECT_EQ(c[1].improved, 0) << "confidence fell for both (3 → 2, 2 → 1)";
  EXPECT_EQ(c[3].improved, 1) << "resource use: a rose (1 → 2), c stayed (1 → 1)";
}

TEST(JournalSummary, NoCheckInsComparesNoFamily) {
  auto c = compare_check_ins({});
  ASSERT_EQ(c.size(), 4u);
  EXPECT_EQ(c[0].families, 0);
}

SummaryCounts counts() {
  SummaryCounts s;
  s.outreach = {{"parks", 40, 90, 20, 30, 10, 120}, {"schools", 3, 6, 1, 2, 1, 9}, {"streets", 12, 20, 4, 5, 2, 30}};
  s.networking = {{"round_tables", 8, 24}};
  s.families_by_status = {{"accompanied", 9}, {"closed", 2}, {"in_contact", 6}};
  s.families_by_factor = {{"housing", 7}, {"isolation_from_services", 1}};
  return s;
}

TEST(JournalSummary, InsideTheOrganizationEveryCountIsShown) {
  auto j = summary_json(counts(), false).value();
  EXPECT_TRUE(j.at("suppressed_below").is_null());
  const auto& schools = j.at("outreach").as_array()[1].as_object();
  EXPECT_EQ(schools.at("strategy").as_string(), "schools");
  EXPECT_EQ(schools.at("entries").as_int64(), 3);
  EXPECT_DOUBLE_EQ(schools.at("mean_efficacy").as_double(), 3.0);
  const auto& total = j.at("outreach_total").as_object();
  EXPECT_EQ(total.at("entries").as_int64(), 55);
  EXPECT_EQ(total.at("parents_reached").as_int64(), 116);
  EXPECT_DOUBLE_EQ(total.at("mean_efficacy").as_double(), 2.89);  // 159 / 55
  EXPECT_EQ(j.at("families_total").as_int64(), 17);
  EXPECT_EQ(j.at("families_by_factor").as_array()[1].at("families").as_int64(), 1);
}

TEST(JournalSummary, OutsideItSmallCountsAndWhatWouldGiveThemAwayAreNull) {
  auto j = summary_json(counts(), true).value();
  EXPECT_EQ(j.at("suppressed_below").as_int64(), 5);
  const auto& outreach = j.at("outreach").as_array();
  // 3 is primary; the smallest other count of the line (12) hides too, so 55 - 40 gives nothing.
  for (const char* field : {"entries", "parents_reached", "fathers_reached", "mean_efficacy"}) {
    EXPECT_TRUE(outreach[1].at(field).is_null()) << field;
    EXPECT_TRUE(outreach[2].at(field).is_null()) << field;
  }
  EXPECT_EQ(outreach[0].at("entries").as_int64(), 40);
  EXPECT_EQ(j.at("outreach_total").at("entries").as_int64(), 55);
  const auto& status = j.at("families_by_status").as_array();
  EXPECT_EQ(status[0].at("families").as_int64(), 9);
  EXPECT_TRUE(status[1].at("families").is_null());
  EXPECT_TRUE(status[2].at("families").is_null()) << "complementary: 17 - 9 would give the closed ones";
  EXPECT_TRUE(j.at("families_by_factor").as_array()[1].at("families").is_null());
  EXPECT_EQ(j.at("networking").as_array()[0].at("entries").as_int64(), 8);
}

TEST(JournalSummary, CheckInsOfFewFamiliesAreHiddenOutsideTheOrganization) {
  auto s = counts();
  for (int f = 0; f < 3; ++f)
    for (const char* date : {"2026-01-01", "2026-06-01"})
      s.check_ins.push_back(check_in("f" + std::to_string(f), date, {1, 1, 1, 1}));
  auto outside = summary_json(s, true).value();
  const auto& trust = outside.at("check_ins").as_array()[0].as_object();
  EXPECT_TRUE(trust.at("families").is_null());
  EXPECT_TRUE(trust.at("first_mean").is_null());
  auto inside = summary_json(s, false).value();
  EXPECT_EQ(inside.at("check_ins").as_array()[0].at("families").as_int64(), 3);
  EXPECT_DOUBLE_EQ(inside.at("check_ins").as_array()[0].at("latest_mean").as_double(), 1.0);
}

}  // namespace
}  // namespace filet::reports
