#pragma once
// Compensation (issue 11, item 3): what a group pays for taking part — to an organization for its
// practitioners' time or for hosting a session, or to a participant (a guest parent partner) —
// with its kind, its amount in cents (no rounding anywhere) and the day it was paid. Seed 000
// recommends keeping it: « dédommagement de la participation (des intervenant.es à leurs
// organismes; des parents partenaires) ». Totals per organization and per program are pure.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace filet::groups {

inline constexpr std::string_view kCompensationKinds[] = {"participation", "hosting", "evaluation", "expenses",
                                                          "other"};
// The largest single amount: 100 000 $.
inline constexpr int64_t kMaxCompensationCents = 10'000'000;

struct Compensation {
  std::string id, group_id;
  std::string session_id;             // "" when not tied to one session
  std::string participant_id;         // the person paid, or ""
  std::string payee_organization_id;  // the organization paid, or ""
  std::string kind = "participation";
  int64_t amount_cents = 0;
  std::string paid_on;  // "" while still to pay
  std::string note, created_at, updated_at;
  int64_t version = 1;
};
struct CompensationChanges {
  std::optional<std::string> group_id, session_id, participant_id, payee_organization_id, kind, paid_on, note;
  std::optional<int64_t> amount_cents, version;
};
void apply(Compensation& c, const CompensationChanges& changes);

// One compensation as the totals see it. `organization_id` is the organization the money goes
// to: the payee organization, else the paid participant's organization, else "" (people paid in
// their own name, such as parents).
struct CompensationLine {
  std::string program_id, program_name;  // "" for groups without a program
  std::string organization_id, organization_name;
  int64_t amount_cents = 0;
  bool paid = false;
};
struct CompensationTotal {
  std::string id, name;  // "" for the people paid in their own name / groups without a program
  int64_t paid_cents = 0, to_pay_cents = 0, payments = 0;
};
struct CompensationTotals {
  std::vector<CompensationTotal> organizations;  // by name, people paid in their own name last
  std::vector<CompensationTotal> programs;       // by name, groups without a program last
  CompensationTotal overall;
};
CompensationTotals compensation_totals(const std::vector<CompensationLine>& lines);

}  // namespace filet::groups
