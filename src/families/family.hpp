#pragma once
// A family accompanied by an organization: a pseudonymous code first, its composition, context
// and status. Its identity (names, phone, address) is never here: see identity.hpp.
#include <boost/json/object.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace filet::families {

inline constexpr std::string_view kStatuses[] = {"in_contact", "accompanied", "closed"};
inline constexpr std::string_view kHousing[] = {"hlm",         "private_rental", "cooperative", "owner",
                                                "with_family", "shelter",        "other"};
inline constexpr std::string_view kImmigrationStatuses[] = {
    "citizen", "permanent_resident", "refugee", "refugee_claimant", "temporary_worker",
    "student", "no_status",          "other"};

struct Child {
  int64_t birth_year = 0;
  int64_t birth_month = 0;
};

// Whether a child born in that year and month is 5 or younger in month `month` of year `year`
// (under 72 months old).
bool aged_5_or_less(const Child& child, int64_t year, int64_t month);

struct Family {
  std::string id;
  std::string organization_id;
  std::string code;  // "" when read de-identified
  int64_t adults = 1;
  bool single_parent = false;
  bool father_involved = false;
  std::vector<Child> children;
  std::vector<std::string> languages;
  std::string territory_id;
  std::string housing;
  std::optional<int64_t> arrival_year;  // sensitive
  std::string immigration_status;       // sensitive
  std::vector<std::string> vulnerability_factors;
  std::string outreach_strategy;
  std::string status = "in_contact";
  std::string closing_reason;
  std::string worker_id;
  std::string notes;  // "" when read de-identified
  bool has_identity = false;
  std::string last_contact_on;  // the latest contact's date, "" when none
  std::string created_at, updated_at;
  int64_t version = 1;
};

struct FamilyChanges {
  std::optional<std::string> client_id;  // made by a phone (api::take_client_id)
  std::optional<std::string> organization_id;
  std::optional<int64_t> adults;
  std::optional<bool> single_parent, father_involved;
  std::optional<std::vector<Child>> children;
  std::optional<std::vector<std::string>> languages, vulnerability_factors;
  std::optional<std::string> territory_id, housing, immigration_status, outreach_strategy, status, closing_reason,
      worker_id, notes;
  std::optional<std::optional<int64_t>> arrival_year;
  std::optional<int64_t> version;
};

struct FamilyFilter {
  std::string status, territory_id, worker_id, vulnerability_factor;
  std::string code;                      // a normalized family code
  std::vector<std::string> name_hashes;  // the blind index's hashes of a name searched
};

boost::json::object to_json(const Family& f);

}  // namespace filet::families
