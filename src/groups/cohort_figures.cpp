#include "groups/cohort_figures.hpp"

#include <boost/json/array.hpp>
#include <map>
#include <tuple>

#include "common/small_counts.hpp"

namespace filet::groups {
using fields::Access;
using fields::Type;
constexpr int64_t kMany = 1'000'000'000;

namespace {

std::optional<double> ratio(int64_t part, int64_t whole) {
  if (whole <= 0) return std::nullopt;
  return static_cast<double>(part) / static_cast<double>(whole);
}

template <class T>
boost::json::value or_null(const std::optional<T>& v) {
  if (!v) return nullptr;
  return *v;
}

// Whether a part and the rest of its whole hold a small count, by the one suppression rule
// (primary and complementary over the part, the rest and their total).
Result<bool> must_hide(int64_t part, int64_t whole) {
  auto list = TRY(small_counts::suppress_list({part, whole - part}));
  return list.counts[0].hidden() || list.counts[1].hidden() || list.total.hidden();
}

}  // namespace

Result<std::vector<CohortLine>> cohort_lines(const std::vector<CohortGroupFacts>& groups) {
  std::map<std::tuple<std::string, std::string, std::string>, CohortLine> by_cohort;
  std::map<std::tuple<std::string, std::string, std::string>, bool> outside;
  for (const auto& g : groups) {
    const auto key = std::make_tuple(g.program_name, g.program_id, g.cohort);
    auto& line = by_cohort[key];
    line.program_id = g.program_id;
    line.program_name = g.program_name;
    line.cohort = g.cohort;
    outside[key] = outside[key] || g.outside;
    ++line.groups;
    line.sessions += static_cast<int64_t>(g.sessions.size());
    for (const auto& s : g.sessions) line.sessions_held += s.held ? 1 : 0;
    const auto kept = retention(g.participants, g.sessions);
    line.registered += kept.registered;
    line.present_at_last += kept.present_at_last;
    std::vector<ParticipantFact> registered;
    for (const auto& p : g.participants)
      if (ever_registered(p)) registered.push_back(p);
    for (const auto& share : participant_shares(registered, g.sessions)) {
      line.attended += share.attended;
      line.expected += share.held;
    }
  }
  std::vector<CohortLine> out;
  for (auto& [key, line] : by_cohort) {
    // Hidden together: the counts of people of a line are bound to one another (the expected
    // attendances are the registered times the sessions held), so one hidden hides them all.
    line.suppressed = outside[key] && (TRY(must_hide(line.present_at_last, line.registered)) ||
                                       TRY(must_hide(line.attended, line.expected)));
    if (!line.suppressed) {
      line.shown_registered = line.registered;
      line.shown_present_at_last = line.present_at_last;
      line.shown_attended = line.attended;
      line.shown_expected = line.expected;
      if (line.sessions_held > 0) line.retention = ratio(line.present_at_last, line.registered);
      line.attendance_rate = ratio(line.attended, line.expected);
    }
    out.push_back(std::move(line));
  }
  return out;
}

namespace {

const fields::Description kCohortLineFields{
    "GroupCohortLine",
    {{.name = "program_id", .type = Type::id, .nullable = true, .access = Access::read_only},
     {.name = "program_name", .type = Type::text, .access = Access::read_only},
     {.name = "cohort", .type = Type::text, .access = Access::read_only},
     {.name = "groups", .type = Type::integer, .high = kMany, .access = Access::read_only},
     {.name = "sessions", .type = Type::integer, .high = kMany, .access = Access::read_only},
     {.name = "sessions_held", .type = Type::integer, .high = kMany, .access = Access::read_only},
     {.name = "registered", .type = Type::integer, .high = kMany, .nullable = true, .access = Access::read_only},
     {.name = "present_at_last", .type = Type::integer, .high = kMany, .nullable = true, .access = Access::read_only},
     {.name = "retention", .type = Type::number, .nullable = true, .access = Access::read_only},
     {.name = "attended", .type = Type::integer, .high = kMany, .nullable = true, .access = Access::read_only},
     {.name = "expected_attendances",
      .type = Type::integer,
      .high = kMany,
      .nullable = true,
      .access = Access::read_only},
     {.name = "attendance_rate", .type = Type::number, .nullable = true, .access = Access::read_only},
     {.name = "suppressed", .type = Type::boolean, .access = Access::read_only}}};

}  // namespace

const fields::Description kCohortReportFields{
    "GroupCohortReport",
    {{.name = "cohorts", .type = Type::object_list, .access = Access::read_only, .nested = &kCohortLineFields},
     {.name = "suppressed_below", .type = Type::integer, .high = kMany, .access = Access::read_only}}};

const fields::Description kCohortQueryFields{
    "GroupCohortQuery",
    {{.name = "program_id", .type = Type::id, .label = {"programme de rencontres", "program of sessions"}}}};

boost::json::object to_json(const std::vector<CohortLine>& lines) {
  boost::json::array cohorts;
  for (const auto& l : lines)
    cohorts.push_back(boost::json::object{
        {"program_id", l.program_id.empty() ? boost::json::value(nullptr) : boost::json::value(l.program_id)},
        {"program_name", l.program_name},
        {"cohort", l.cohort},
        {"groups", l.groups},
        {"sessions", l.sessions},
        {"sessions_held", l.sessions_held},
        {"registered", or_null(l.shown_registered)},
        {"present_at_last", or_null(l.shown_present_at_last)},
        {"retention", or_null(l.retention)},
        {"attended", or_null(l.shown_attended)},
        {"expected_attendances", or_null(l.shown_expected)},
        {"attendance_rate", or_null(l.attendance_rate)},
        {"suppressed", l.suppressed}});
  return {{"cohorts", std::move(cohorts)}, {"suppressed_below", small_counts::kDefaultThreshold}};
}

}  // namespace filet::groups
