#pragma once
// The rules of the directory: who may edit a service (asked of the policy through the request's
// scope: admins, managers of the owning organization, coordinators of a program it belongs to),
// references that must exist, waiting
// lists dated when they change, verification, and search requests resolved into queries.
#include <boost/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "audit/audit_log.hpp"
#include "auth/principal.hpp"
#include "core/listing.hpp"
#include "db/pool.hpp"
#include "db/scope.hpp"
#include "directory/need_taxonomy.hpp"
#include "directory/search.hpp"
#include "directory/search_spelling.hpp"
#include "directory/service.hpp"

namespace filet::directory {

struct ServiceChanges {
  std::optional<std::string> organization_id, status;
  std::optional<std::string> name_fr, name_en, description_fr, description_en, eligibility_fr, eligibility_en;
  std::optional<std::string> application_fr, application_en, fees_fr, fees_en, url, email;
  std::optional<bool> is_free;
  std::optional<std::optional<int64_t>> minimum_age, maximum_age, waiting_list_delay_days;
  std::optional<std::vector<std::string>> need_ids, language_codes, territory_ids;
  std::optional<boost::json::array> schedules, phones;  // HSDS objects, ids filled in by the service
  std::optional<std::string> waiting_list_status;
  std::optional<int64_t> version;  // the version the change was made against; none: the current one
};

struct SearchRequest {
  std::string q, need_code, territory_id, language, near_postal_code;
  std::optional<int64_t> age;
  bool free_only = false;
  int weekday = 0;
  int64_t page = 1, per_page = 25;
};

struct SearchResult {
  core::Page<SearchHit> hits;
  std::vector<Service> services;  // in the order of hits
  // The query as corrected when the one typed found nothing ("aide alimantaire" -> "aide
  // alimentaire"); the hits are then the corrected query's.
  std::optional<std::string> corrected_query;
};

class DirectoryService {
 public:
  explicit DirectoryService(db::Pool& pool) : pool_(pool) {}
  Result<std::vector<NeedTerm>> needs();
  Result<SearchResult> search(const SearchRequest& request);
  Result<Service> get(const std::string& id);
  // Changes go through the request's scope (who may edit which organization's services: the
  // policy's may_edit_service); so does the list of services to verify.
  Result<Service> create(const audit::Actor& actor, const db::Scope& scope, const ServiceChanges& changes);
  Result<Service> update(const audit::Actor& actor, const db::Scope& scope, const std::string& id,
                         const ServiceChanges& changes);
  Result<Service> verify(const audit::Actor& actor, const auth::Principal& principal, const db::Scope& scope,
                         const std::string& id);
  // Active services not verified for 12 months, among those the scope may verify.
  Result<core::Page<Service>> stale(const db::Scope& scope, const core::ListQuery& query);

 private:
  Result<Service> save(const audit::Actor& actor, const db::Scope& scope, Service service,
                       const ServiceChanges& changes, bool is_new);
  db::Pool& pool_;
  SpellingCache spelling_;
};

}  // namespace filet::directory
