#pragma once
// The SQL of the HSDS read API: the services matching its filters, services at locations and
// taxonomies, a page at a time.
#include <boost/json.hpp>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "db/database.hpp"

namespace filet::directory::hsds_repository {

// The filters of /services, combined with AND as the standard requires.
struct ServiceFilter {
  std::vector<std::string> words;  // folded words of ?search=
  std::string taxonomy_term_id, taxonomy_id, organization_id;
  std::string modified_after;  // ISO time
};
struct PageSlice {
  int64_t limit = 50, offset = 0;
};
// Service ids, best match first with words (ranked like the practitioner search), else by id;
// every match without a slice (the streamed ndjson).
Result<std::vector<std::string>> service_ids(db::Connection& c, const ServiceFilter& filter,
                                             std::optional<PageSlice> slice);
Result<int64_t> count_services(db::Connection& c, const ServiceFilter& filter);

// (service at location id, service id), by id.
Result<std::pair<int64_t, std::vector<std::pair<std::string, std::string>>>> service_at_locations(db::Connection& c,
                                                                                                  PageSlice slice);
// The service of a service at location; not_found when there is none.
Result<std::string> service_of_service_at_location(db::Connection& c, const std::string& id);

// HSDS taxonomy objects, by id: the total, and the slice asked (all without one).
Result<std::pair<int64_t, boost::json::array>> taxonomies(db::Connection& c, std::optional<PageSlice> slice);

// Territory names by id.
Result<std::map<std::string, std::string>> territory_names(db::Connection& c);

}  // namespace filet::directory::hsds_repository
