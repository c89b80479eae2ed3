// The loop, whole: every pair of statuses for each side is allowed exactly when the table says
// so; sending needs the consent; declining needs a reason and nothing else takes one.
#include "referrals/referral_status.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <utility>

namespace filet::referrals {
namespace {

using Side = auth::ReferralSide;

// Every allowed step, written out again here on purpose: the test is a second reading of the loop.
const std::set<std::pair<std::string, std::string>> kSender = {
    {"draft", "sent"},     {"draft", "information_only"}, {"draft", "cancelled"},
    {"sent", "cancelled"}, {"acknowledged", "cancelled"}, {"accepted", "cancelled"}};
const std::set<std::pair<std::string, std::string>> kReceiver = {{"sent", "acknowledged"},
                                                                 {"acknowledged", "accepted"},
                                                                 {"acknowledged", "declined"},
                                                                 {"accepted", "first_contact"},
                                                                 {"accepted", "withdrew"},
                                                                 {"accepted", "no_show"},
                                                                 {"first_contact", "service_started"},
                                                                 {"first_contact", "withdrew"},
                                                                 {"first_contact", "no_show"},
                                                                 {"service_started", "completed"},
                                                                 {"service_started", "withdrew"}};

Step step(std::string_view from, std::string_view to, Side side) {
  return {from, to, side, /*consent=*/true, to == "declined" ? "full_waiting_list" : ""};
}

TEST(ReferralStatus, EveryPairIsAllowedExactlyWhenTheLoopSaysSo) {
  for (auto from : kStatuses) {
    for (auto to : kStatuses) {
      const std::pair<std::string, std::string> pair{std::string(from), std::string(to)};
      for (auto [side, allowed] : {std::pair{Side::sender, &kSender}, std::pair{Side::receiver, &kReceiver},
                                   std::pair{Side::none, static_cast<decltype(&kSender)>(nullptr)}}) {
        auto result = check_step(step(from, to, side));
        const bool expected = allowed && allowed->contains(pair);
        EXPECT_EQ(result.has_value(), expected) << from << " → " << to << " side " << static_cast<int>(side);
        if (!expected) {
          EXPECT_EQ(result.error().code, ErrorCode::validation_failed);
          ASSERT_EQ(result.error().fields.size(), 1u);
          EXPECT_EQ(result.error().fields[0].field, "status");
        }
      }
    }
  }
}

TEST(ReferralStatus, TheRefusalNamesWhatIsAllowedFromThere) {
  auto refused = check_step(step("sent", "accepted", Side::receiver));
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().fields[0].param, "acknowledged");
  auto final_status = check_step(step("completed", "sent", Side::sender));
  ASSERT_FALSE(final_status);
  EXPECT_EQ(final_status.error().fields[0].param, "-");
}

TEST(ReferralStatus, NothingIsSentWithoutTheConsentButInformationMayBeGiven) {
  auto refused = check_step({"draft", "sent", Side::sender, /*consent=*/false});
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::validation_failed);
  EXPECT_EQ(refused.error().fields[0].code, FieldCode::consent_missing);
  EXPECT_TRUE(check_step({"draft", "information_only", Side::sender, /*consent=*/false}));
  EXPECT_TRUE(check_step({"draft", "cancelled", Side::sender, /*consent=*/false}));
}

TEST(ReferralStatus, DecliningNeedsAReasonAndOnlyDecliningTakesOne) {
  auto no_reason = check_step({"acknowledged", "declined", Side::receiver, true, ""});
  ASSERT_FALSE(no_reason);
  EXPECT_EQ(no_reason.error().fields[0].field, "decline_reason");
  EXPECT_EQ(no_reason.error().fields[0].code, FieldCode::required);
  auto stray = check_step({"acknowledged", "accepted", Side::receiver, true, "not_eligible"});
  ASSERT_FALSE(stray);
  EXPECT_EQ(stray.error().fields[0].field, "decline_reason");
}

TEST(ReferralStatus, FinalStatusesEndTheLoop) {
  for (auto s : {"declined", "completed", "withdrew", "no_show", "information_only", "cancelled"}) {
    EXPECT_TRUE(is_final(s)) << s;
    EXPECT_TRUE(next_statuses(s, Side::sender).empty()) << s;
    EXPECT_TRUE(next_statuses(s, Side::receiver).empty()) << s;
  }
  for (auto s : {"draft", "sent", "acknowledged", "accepted", "first_contact", "service_started"})
    EXPECT_FALSE(is_final(s)) << s;
}

}  // namespace
}  // namespace filet::referrals
