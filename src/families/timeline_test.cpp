#include "families/timeline.hpp"

#include <gtest/gtest.h>

namespace filet::families {
namespace {

Contact contact(std::string id, std::string date, std::vector<std::string> needs) {
  Contact c;
  c.id = std::move(id);
  c.contact_date = std::move(date);
  c.mode = "home_visit";
  c.need_ids = std::move(needs);
  return c;
}

TEST(Timeline, IsInDateOrderWithNeedsAtTheirFirstContact) {
  std::vector<Contact> contacts{contact("c2", "2026-03-10", {"food", "housing"}),
                                contact("c1", "2026-02-01", {"food"})};
  std::vector<Consent> consents{
      {"k1", "", "", "phone_or_text", "", "2026-02-01", "verbal", "2026-04-01", "", "", "", 1}};
  CheckIn check{"h1", "", "", "2026-03-20"};
  auto events = build_timeline(contacts, consents, {check});
  std::vector<std::string> seen;
  for (const auto& e : events) seen.push_back(e.date + " " + e.kind + " " + e.detail);
  EXPECT_EQ(seen, (std::vector<std::string>{
                      "2026-02-01 consent_given phone_or_text",
                      "2026-02-01 contact home_visit",
                      "2026-02-01 need food",
                      "2026-03-10 contact home_visit",
                      "2026-03-10 need housing",
                      "2026-03-20 check_in ",
                      "2026-04-01 consent_withdrawn phone_or_text",
                  }));
  EXPECT_EQ(events[2].record_id, "c1");  // the need points at the contact that first addressed it
}

TEST(Timeline, IsEmptyForAFamilyWithNothingRecorded) {
  EXPECT_TRUE(build_timeline({}, {}, {}).empty());
}

}  // namespace
}  // namespace filet::families
