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
#include "db/listing.hpp"

namespace filet::directory::hsds_repository {

// The filters of /services, combined with AND as the standard requires.
struct ServiceFilter {
  std::vector<std::string> words;  // folded words of ?search=
  std::string taxonomy_term_id, taxonomy_id, organization_id;
  std::string modified_after;  // ISO time
};
// Service ids, best match first with words (ranked like the practitioner search), else by id:
// a page of them, or every one (the streamed ndjson).
Result<db::Page<std::string>> service_page(db::Connection& c, const ServiceFilter& filter, const db::ListQuery& query);
Result<std::vector<std::string>> service_ids(db::Connection& c, const ServiceFilter& filter);

// A page of (service at location id, service id), by id.
Result<db::Page<std::pair<std::string, std::string>>> service_at_locations(db::Connection& c,
                                                                           const db::ListQuery& query);
// The service of a service at location; not_found when there is none.
Result<std::string> service_of_service_at_location(db::Connection& c, const std::string& id);

// A page of HSDS taxonomy objects, by id.
Result<db::Page<boost::json::object>> taxonomies(db::Connection& c, const db::ListQuery& query);

// Territory names by id.
Result<std::map<std::string, std::string>> territory_names(db::Connection& c);

}  // namespace filet::directory::hsds_repository
