#pragma once
// A service of the resource directory, in Filet's terms: bilingual text as columns, the filters
// search needs (needs, languages, days, territories, ages, free, waiting list), and `document`,
// the HSDS 3.1 fields kept as they came (phones, schedules, contacts, required documents, ...).
#include <boost/json.hpp>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace filet::directory {

inline constexpr std::string_view kServiceStatuses[] = {"active", "inactive", "defunct", "temporarily closed"};
inline constexpr std::string_view kWaitingListStatuses[] = {"open", "waiting", "closed"};
inline constexpr std::string_view kWeekdays[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
inline constexpr std::string_view kRRuleDays[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

struct Bilingual {
  std::string fr;
  std::string en;
  // The text in `lang`, or the other language when that one is empty.
  const std::string& in(std::string_view lang) const;
};

struct NeedRef {
  std::string id, code, name_fr, name_en;
};

struct LocationRef {
  std::string id, name, address_1, city, postal_code;
  std::optional<double> latitude, longitude;
  std::string service_at_location_id;
  // The HSDS location as it came (accessibility, phones, schedules, other addresses, ...).
  boost::json::object document = {};
  // The HSDS service_at_location as it came (description, contacts, phones, schedules, ...).
  boost::json::object service_at_location = {};
};

struct Service {
  std::string id;
  std::string organization_id;
  std::string organization_name;
  boost::json::object organization_document;  // HSDS organization fields from an import
  std::string status = "active";
  Bilingual name, description, eligibility, application, fees;
  bool is_free = false;
  std::optional<int64_t> minimum_age, maximum_age;
  std::string url, email;
  std::vector<NeedRef> needs;
  std::vector<std::string> language_codes;
  std::vector<std::string> territory_ids;
  std::vector<LocationRef> locations;
  std::string waiting_list_status = "open";
  std::optional<int64_t> waiting_list_delay_days;
  std::string waiting_list_as_of;
  std::string verified_at, verified_by;
  // HSDS arrays and fields Filet keeps as they are: phones, schedules, contacts,
  // required_documents, cost_options, funding, languages (names), service_areas, metadata, ...
  boost::json::object document;
  std::string created_at, updated_at;
  int64_t version = 1;  // incremented by every change (optimistic versions)
};

// Parent links of territories and need terms (child id -> parent id).
struct Hierarchies {
  std::map<std::string, std::string> territory_parent, term_parent;
};

// Week days (1 = Monday) on which the HSDS schedules say the service is open.
std::vector<int> open_weekdays(const boost::json::object& document);
// A word of the search index that stands for a filter value ("zzter" + id without dashes), so
// that the full-text index answers the filters together with the words, on both engines. Filter
// words live in a column of their own (filter_text), never in the text people write: a
// description saying "zzfree" matches no filter.
std::string filter_token(std::string_view kind, std::string_view value);
// The index text search looks at (see search_terms.hpp): names, organization, need labels and
// their synonyms, descriptions, eligibility; folded, then stemmed.
std::string search_text(const Service& s);
// The version of the search text format: kSearchTextVersion and the synonyms' fingerprint.
std::string search_text_version();
// The folded need labels and their synonyms: a query word found there ranks the service higher.
std::string needs_key(const Service& s);
// The filter tokens: each territory served and its ancestors, each need and its ancestors,
// languages, open days, free.
std::string filter_text(const Service& s, const Hierarchies& hierarchies);

}  // namespace filet::directory
