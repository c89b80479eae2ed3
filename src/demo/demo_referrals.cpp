#include "demo/demo_referrals.hpp"

#include <random>

#include "auth/policy.hpp"
#include "common/ids.hpp"
#include "demo/demo_gaps_repository.hpp"
#include "demo/demo_referrals_repository.hpp"
#include "demo/weighted.hpp"
#include "families/dates.hpp"
#include "referrals/referral_repository.hpp"

namespace filet::demo {
namespace {

// Where a referral ends, as often as seed 000 and 003 suggest: most complete.
const Weighted kOutcomes{
    {"completed", 42}, {"service_started", 9}, {"first_contact", 5}, {"accepted", 4}, {"acknowledged", 4},
    {"sent", 5},       {"declined", 18},       {"withdrew", 4},      {"no_show", 5},  {"cancelled", 4}};
const Weighted kDeclines{
    {"full_waiting_list", 9}, {"not_eligible", 6}, {"outside_territory", 2}, {"already_served", 1}};
const Weighted kNeeds{{"housing.social", 3},   {"childcare.daycare", 4}, {"food.banks", 3},
                      {"childcare.dropin", 2}, {"housing.search", 2},    {"transport.accompaniment", 1}};

// The statuses a referral goes through to reach `outcome`, after its draft.
std::vector<std::string> path_to(const std::string& outcome) {
  if (outcome == "cancelled") return {"sent", "cancelled"};
  if (outcome == "declined") return {"sent", "acknowledged", "declined"};
  std::vector<std::string> loop{"sent", "acknowledged", "accepted"};
  if (outcome == "sent" || outcome == "acknowledged" || outcome == "accepted") {
    while (loop.back() != outcome) loop.pop_back();
    return loop;
  }
  if (outcome == "no_show") return {"sent", "acknowledged", "accepted", "no_show"};
  loop.push_back("first_contact");
  if (outcome == "first_contact") return loop;
  if (outcome == "withdrew") return {"sent", "acknowledged", "accepted", "first_contact", "withdrew"};
  loop.push_back("service_started");
  if (outcome == "completed") loop.push_back("completed");
  return loop;
}

// Days from the step before: quick acknowledgements, first contacts within two weeks, services
// that last a month or two.
int64_t days_to(std::mt19937_64& rng, const std::string& status) {
  auto between = [&](int64_t low, int64_t high) { return low + static_cast<int64_t>(rng() % (high - low + 1)); };
  if (status == "acknowledged") return between(0, 4);
  if (status == "accepted" || status == "declined") return between(1, 5);
  if (status == "first_contact") return between(2, 14);
  if (status == "service_started") return between(3, 14);
  if (status == "completed") return between(20, 60);
  return between(1, 10);
}

// The scope of a manager of the sending organization: referrals are recorded as its own people do.
Result<db::Scope> sender_scope(const std::string& organization_id) {
  auth::Principal worker;
  worker.memberships = {{organization_id, "", auth::Role::manager}};
  return auth::ScopeIssuer::for_principal(
      worker, [](const std::string&) -> Result<std::vector<std::string>> { return std::vector<std::string>{}; });
}

Result<void> record(db::Connection& c, const referrals::Referral& r,
                    const std::vector<referrals::Transition>& transitions) {
  auto scope = TRY(sender_scope(r.organization_id));
  auto scoped = scope.on(c);
  TRY_VOID(referrals::referral_repository::insert(scoped, r));
  for (const auto& t : transitions) TRY_VOID(referrals::referral_repository::insert_transition(scoped, t));
  return {};
}

std::string at(const std::string& day, int hour) {
  return day + "T" + (hour < 10 ? "0" : "") + std::to_string(hour) + ":30:00.000Z";
}

}  // namespace

Result<int> load_demo_referrals(db::Pool& pool) {
  auto c = TRY(pool.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  const auto needs = TRY(demo_gaps_repository::needs_by_code(*c));
  const std::string today = families::today();
  std::mt19937_64 rng(20261212);
  int made = 0;
  std::vector<std::string> partners;

  for (const auto& f : TRY(demo_referrals_repository::consenting_families(*c))) {
    partners.push_back(f.partner_organization_id);
    auto steps = path_to(pick(rng, kOutcomes));
    std::vector<int64_t> gaps;
    for (const auto& s : steps) gaps.push_back(days_to(rng, s));
    // Sent after the consent was given, every step before today: a recent one is cut short.
    const int64_t available = referrals::days_between(f.given_on, today).value_or(0) - 1;
    auto total = [&] {
      int64_t t = 0;
      for (auto g : gaps) t += g;
      return t;
    };
    while (steps.size() > 1 && total() > available) {
      steps.pop_back();
      gaps.pop_back();
    }
    if (available < 1) continue;
    const int64_t slack = available - total();
    std::string day = families::days_before(today, total() + static_cast<int64_t>(rng() % (slack + 1)));

    referrals::Referral r;
    r.id = ids::derived_uuid("demo-referral-" + f.family_id);
    r.organization_id = f.organization_id;
    r.family_id = f.family_id;
    r.to_organization_id = f.partner_organization_id;
    if (auto need = needs.find(pick(rng, kNeeds)); need != needs.end()) r.need_ids = {need->second};
    r.urgency = rng() % 5 == 0 ? "soon" : "routine";
    r.personalised = rng() % 3 == 0;
    r.accompanied = rng() % 4 == 0;
    r.created_by = f.worker_id;
    r.created_at = at(families::days_before(day, 1), 9);
    std::vector<referrals::Transition> transitions{
        {ids::derived_uuid(r.id + "-0"), r.id, "", "draft", "", "", f.worker_id, r.organization_id, r.created_at}};
    std::string from = "draft";
    for (size_t i = 0; i < steps.size(); ++i) {
      day = families::days_before(day, -gaps[i]);
      const auto& to = steps[i];
      const bool receiver = to != "sent" && to != "cancelled";
      const std::string when = at(day, 10 + static_cast<int>(i % 6));
      const std::string reason = to == "declined" ? pick(rng, kDeclines) : "";
      transitions.push_back({ids::derived_uuid(r.id + "-" + std::to_string(i + 1)), r.id, from, to, reason, "",
                             receiver ? "" : f.worker_id, receiver ? r.to_organization_id : r.organization_id, when});
      if (to == "sent") r.sent_at = when;
      if (to == "acknowledged") r.acknowledged_at = when;
      if (to == "first_contact") r.first_contact_at = when;
      if (to == "declined") r.decline_reason = reason;
      from = to;
    }
    r.status = from;
    r.updated_at = transitions.back().made_at;
    TRY_VOID(record(*c, r, transitions));
    ++made;
  }

  // Without the consent, the worker only gives the family the partner's information.
  if (!partners.empty()) {
    for (const auto& f : TRY(demo_referrals_repository::families_without_consent(*c))) {
      if (rng() % 12 != 0) continue;
      const auto& partner = partners[rng() % partners.size()];
      if (partner == f.organization_id) continue;
      referrals::Referral r;
      r.id = ids::derived_uuid("demo-referral-info-" + f.family_id);
      r.organization_id = f.organization_id;
      r.family_id = f.family_id;
      r.to_organization_id = partner;
      if (auto need = needs.find(pick(rng, kNeeds)); need != needs.end()) r.need_ids = {need->second};
      r.created_by = f.worker_id;
      const std::string day = families::days_before(today, 1 + static_cast<int64_t>(rng() % 200));
      r.created_at = at(day, 9);
      r.updated_at = at(day, 10);
      r.status = "information_only";
      TRY_VOID(record(
          *c, r,
          {{ids::derived_uuid(r.id + "-0"), r.id, "", "draft", "", "", f.worker_id, r.organization_id, r.created_at},
           {ids::derived_uuid(r.id + "-1"), r.id, "draft", "information_only", "", "", f.worker_id, r.organization_id,
            r.updated_at}}));
      ++made;
    }
  }
  TRY_VOID(tx.commit());
  return made;
}

}  // namespace filet::demo
