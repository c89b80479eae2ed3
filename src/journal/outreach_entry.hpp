#pragma once
// An outreach entry (démarchage: going where families are to reach them): where, how long, by
// which strategy of seed 003, whom it reached, and how effective the worker found it.
#include <boost/json/object.hpp>
#include <optional>
#include <string>

#include "common/error.hpp"
#include "common/fields.hpp"
#include "journal/journal_entry.hpp"

namespace filet::journal {

struct OutreachEntry : EntryBase {
  int64_t duration_minutes = 0;
  std::string territory_id;
  std::string territory_name;
  std::string place;       // the neighbourhood, housing site or spot, as the worker writes it
  std::string place_type;  // reference list outreach_place_type
  std::string strategy;    // reference list outreach_strategy
  int64_t parents_reached = 0;
  int64_t fathers_reached = 0;  // fathers or father figures, among the parents reached
  int64_t children_seen = 0;    // children aged 5 or less
  int64_t new_families = 0;
};

struct OutreachChanges : EntryBaseChanges {
  std::optional<int64_t> duration_minutes;
  std::optional<std::string> territory_id, place, place_type, strategy;
  std::optional<int64_t> parents_reached, fathers_reached, children_seen, new_families;
};

struct OutreachFilter : EntryFilter {
  std::string strategy;
  std::string territory_id;
};

extern const fields::Description kOutreachFields;
extern const fields::Description kOutreachFilterFields;

boost::json::object to_json(const OutreachEntry& e);
Result<OutreachChanges> decode_outreach(const boost::json::object& body, fields::Mode mode);
void apply(OutreachEntry& e, const OutreachChanges& changes);
// The rules between fields once changes are applied: fathers among the parents.
Result<void> check(const OutreachEntry& e);

}  // namespace filet::journal
