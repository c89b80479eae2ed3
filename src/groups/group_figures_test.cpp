// Retention, each participant's share of sessions and the fidelity rate, on small hand-counted cases.
#include "groups/group_figures.hpp"

#include <gtest/gtest.h>

namespace filet::groups {
namespace {

const std::vector<ParticipantFact> kParticipants{
    {"a", "registered"}, {"b", "registered"}, {"c", "withdrew"}, {"d", "waiting_list"}, {"e", "invited"}};

std::vector<SessionFact> two_held_one_planned() {
  return {{1, true, {{"a", "present"}, {"b", "present"}, {"c", "present"}}, {"accueil", "tour"}},
          {2, true, {{"a", "present"}, {"b", "excused"}, {"c", "absent"}}, {"accueil"}},
          {3, false, {}, {}}};
}

TEST(GroupFigures, RetentionIsPresentAtTheLastHeldSessionOverEverRegistered) {
  auto r = retention(kParticipants, two_held_one_planned());
  EXPECT_EQ(r.registered, 3);  // a, b and c who withdrew; not the waiting list nor the invited
  EXPECT_EQ(r.present_at_last, 1);
  ASSERT_TRUE(r.rate);
  EXPECT_DOUBLE_EQ(*r.rate, 1.0 / 3.0);
}

TEST(GroupFigures, NoRetentionRateBeforeASessionIsHeldOrWithoutRegistrations) {
  EXPECT_FALSE(retention(kParticipants, {{1, false, {}, {}}}).rate);
  EXPECT_EQ(retention(kParticipants, {}).registered, 3);
  EXPECT_FALSE(retention({{"d", "waiting_list"}}, two_held_one_planned()).rate);
}

TEST(GroupFigures, ASharesCountsOnlyPresenceAtHeldSessions) {
  auto shares = participant_shares(kParticipants, two_held_one_planned());
  ASSERT_EQ(shares.size(), 5u);
  EXPECT_EQ(shares[0].attended, 2);
  EXPECT_EQ(shares[0].held, 2);
  EXPECT_DOUBLE_EQ(*shares[0].share, 1.0);
  EXPECT_DOUBLE_EQ(*shares[1].share, 0.5);  // excused is not present
  EXPECT_DOUBLE_EQ(*shares[3].share, 0.0);
  EXPECT_FALSE(participant_shares(kParticipants, {})[0].share);
}

TEST(GroupFigures, FidelityCountsChecklistItemsOnceAndIgnoresOthers) {
  const std::vector<std::string> checklist{"accueil", "tour", "synthese", "evaluation"};
  auto f = session_fidelity({"accueil", "accueil", "hors-liste", "tour"}, checklist);
  EXPECT_EQ(f.delivered, 2);
  EXPECT_EQ(f.expected, 4);
  EXPECT_DOUBLE_EQ(*f.rate(), 0.5);
  auto g = group_fidelity(two_held_one_planned(), checklist);  // the planned session is not counted
  EXPECT_EQ(g.delivered, 3);
  EXPECT_EQ(g.expected, 8);
  Fidelity organization = g;
  organization += session_fidelity({"evaluation"}, checklist);
  EXPECT_DOUBLE_EQ(*organization.rate(), 4.0 / 12.0);
  EXPECT_FALSE(session_fidelity({"accueil"}, {}).rate());
}

}  // namespace
}  // namespace filet::groups
