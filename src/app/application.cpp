#include "app/application.hpp"

#include "app/retention_job.hpp"

#include <spdlog/spdlog.h>

#include <filesystem>
#include <functional>

#include "api/api.hpp"
#include "api/batch.hpp"
#include "api/system_routes.hpp"
#include "audit/audit_routes.hpp"
#include "auth/session_routes.hpp"
#include "auth/two_factor_routes.hpp"
#include "common/ids.hpp"
#include "core/organization_routes.hpp"
#include "core/program_routes.hpp"
#include "core/territory_routes.hpp"
#include "core/user_routes.hpp"
#include "db/migrations.hpp"
#include "directory/demo_directory.hpp"
#include "directory/directory_routes.hpp"
#include "directory/hsds_routes.hpp"
#include "directory/need_taxonomy.hpp"
#include "directory/postal_area_routes.hpp"
#include "directory/public_page_routes.hpp"
#include "directory/service_repository.hpp"
#include "families/family_repository.hpp"
#include "families/family_routes.hpp"
#include "gaps/gap_routes.hpp"
#include "groups/compensation_routes.hpp"
#include "groups/group_routes.hpp"
#include "groups/material_routes.hpp"
#include "groups/minutes_routes.hpp"
#include "journal/journal_routes.hpp"
#include "network/network_routes.hpp"
#include "partnerships/partnership_routes.hpp"
#include "privacy/incident_routes.hpp"
#include "questionnaires/questionnaire_routes.hpp"
#include "reference/reference_install.hpp"
#include "reference/reference_list_routes.hpp"
#include "referrals/referral_routes.hpp"
#include "reports/summary_routes.hpp"

namespace filet::app {

Result<std::unique_ptr<db::Pool>> open_database(const std::string& url, size_t pool_size) {
  auto pool = TRY(db::Pool::open(url, pool_size));
  {
    auto c = TRY(pool->acquire());
    int applied = TRY(db::migrate(*c));
    if (applied > 0) spdlog::info("applied {} migration(s)", applied);
    TRY_VOID(directory::install_need_taxonomy(*c));
    TRY_VOID(directory::install_postal_centroids(*c));
    auto added = TRY(reference::install_reference_lists(*c));
    if (added > 0) spdlog::info("reference lists: {} entr{} installed", added, added == 1 ? "y" : "ies");
    auto rewritten = TRY(directory::service_repository::refresh_search_index(*c));
    if (rewritten > 0) spdlog::info("search index rewritten (stems and synonyms) for {} service(s)", rewritten);
    auto reindexed = TRY(directory::service_repository::index_filters_of_older_services(*c));
    if (reindexed > 0) spdlog::info("search filters indexed apart for {} service(s)", reindexed);
  }
  return pool;
}

namespace {

// Every module's services and routes, on `pool`; `use` runs while they live (the server, or the
// printing of the OpenAPI document).
Result<void> with_routes(db::Pool& pool, const SecretBox& box, const ServeOptions& options, http::Metrics& metrics,
                         const std::function<Result<void>(api::Api&)>& use) {
  auth::TwoFactorService two_factor(pool, box);
  auth::SessionPolicy session_policy;
  session_policy.two_factor_rule = options.two_factor_rule;
  auth::SessionService sessions(pool, session_policy, &two_factor);
  // The directory's search index follows renames of organizations and moves of territories.
  core::TerritoryService territories(pool, [](db::Connection& c, const std::string& id) -> Result<void> {
    TRY_VOID(directory::service_repository::reindex_territory(c, id));
    return {};
  });
  core::OrganizationService organizations(pool, [](db::Connection& c, const std::string& id) -> Result<void> {
    TRY_VOID(directory::service_repository::reindex_organization(c, id));
    return {};
  });
  core::ProgramService programs(pool, [&sessions] { sessions.forget_scopes(); });
  core::UserService users(pool, [&sessions](const std::string& id) { sessions.forget_user(id); });

  api::Api api(sessions, options.web_dir);
  api::add_system_routes(api, pool, metrics, options.metrics_token);
  api::add_batch_route(api, pool);
  auth::add_session_routes(api, sessions, users);
  auth::add_two_factor_routes(api, two_factor, sessions);
  core::add_territory_routes(api, territories);
  core::add_organization_routes(api, organizations);
  core::add_program_routes(api, programs);
  core::add_user_routes(api, users);
  audit::add_audit_routes(api, pool);
  directory::DirectoryService directory(pool);
  directory::add_directory_routes(api, directory, pool);
  directory::add_hsds_routes(api, pool, organizations, options.hsds_public);
  directory::PostalAreaService postal_areas(pool);
  directory::add_postal_area_routes(api, postal_areas);
  directory::PublicPageService public_pages(pool);
  directory::add_public_page_routes(api, public_pages);
  reference::ReferenceListService reference_lists(pool);
  reference::add_reference_list_routes(api, reference_lists);
  privacy::IncidentService incidents(pool);
  privacy::add_incident_routes(api, incidents);
  referrals::ReferralService referrals(pool, options.referral_overdue_days);
  referrals::add_referral_routes(api, referrals);
  gaps::GapService service_gaps(pool);
  gaps::add_gap_routes(api, service_gaps);
  partnerships::KeyPartnerService key_partners(pool);
  partnerships::AgreementService referral_agreements(pool);
  partnerships::add_partnership_routes(api, key_partners, referral_agreements);
  groups::GroupService groups(pool);
  groups::SessionService group_sessions(pool);
  groups::add_group_routes(api, groups, group_sessions);
  const files::FileStore file_store(options.files_dir.empty() ? files::default_root(options.db_url)
                                                              : std::filesystem::path(options.files_dir));
  groups::MaterialService materials(pool, file_store);
  groups::add_material_routes(api, materials);
  groups::CompensationService compensation(pool);
  groups::add_compensation_routes(api, compensation);
  groups::MinutesService group_minutes(pool);
  groups::add_minutes_routes(api, group_minutes);
  network::NetworkService network_map(pool);
  network::add_network_routes(api, network_map);
  journal::OutreachService outreach(pool);
  journal::NetworkingService networking(pool);
  journal::add_journal_routes(api, pool, outreach, networking);
  vault::IdentityVault vault(box);
  families::FamilyService families(pool, vault);
  families::IdentityService identities(pool, vault);
  families::EntryService family_entries(pool);
  families::add_family_routes(api, families, identities, family_entries);
  families::add_entry_routes(api, family_entries);
  families::add_evaluation_routes(api, family_entries);
  families::FamilyExport family_exports(pool, vault);
  families::DestructionService destruction(pool);
  families::add_family_rights_routes(api, family_exports, destruction);
  reports::SummaryService summaries(pool);
  reports::add_summary_routes(api, summaries);
  questionnaires::QuestionnaireService questionnaire_service(pool);
  questionnaires::CampaignService campaigns(pool);
  questionnaires::add_questionnaire_routes(api, questionnaire_service, campaigns);
  // Only a serving server destroys what retention makes due (not `filet openapi`).
  std::optional<DailyRetention> daily_retention;
  if (options.daily_retention) daily_retention.emplace(destruction);
  return use(api);
}

}  // namespace

Result<std::string> openapi_json() {
  // The routes only: a scratch database (a file: SQLite connections are set up for WAL) that no
  // route queries, removed at once.
  auto scratch = std::filesystem::temp_directory_path() / ("filet-openapi-" + ids::random_token(8) + ".db");
  std::string out;
  Result<void> made = [&]() -> Result<void> {
    auto pool = TRY(db::Pool::open("sqlite:" + scratch.string(), 1));
    auto box = TRY(SecretBox::from_key(std::string(SecretBox::kKeyBytes, '\0')));
    http::Metrics metrics;
    ServeOptions routes_only;
    routes_only.daily_retention = false;
    TRY_VOID(with_routes(*pool, box, routes_only, metrics, [&out](api::Api& api) -> Result<void> {
      out = boost::json::serialize(api::openapi_document(api));
      return {};
    }));
    pool->close(std::chrono::seconds(1));
    return {};
  }();
  std::error_code ignored;
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(scratch.string() + suffix, ignored);
  TRY_VOID(made);
  return out;
}

// A missing key file is created at start, unless families' identities exist: they were sealed
// under a key that a new one would not open, so the server refuses to start without it.
static Result<void> refuse_new_key_over_identities(db::Pool& pool, const std::string& key_file) {
  if (std::filesystem::exists(key_file)) return {};
  auto c = TRY(pool.acquire());
  if (!TRY(families::family_repository::any_identity(*c))) return {};
  spdlog::critical(
      "fichier de clé maîtresse absent ({}) alors que des identités de familles sont scellées : restaurez-le / the "
      "master key file is missing while family identities are sealed with it: restore it from its backup",
      key_file);
  return fail(ErrorCode::conflict, "master key file missing while family identities exist");
}

Result<void> serve(const ServeOptions& options) {
  auto pool = TRY(open_database(options.db_url, options.pool_size));
  http::Metrics metrics;
  TRY_VOID(refuse_new_key_over_identities(*pool, options.key_file));
  auto box = TRY(SecretBox::from_key_file(options.key_file));
  return with_routes(*pool, box, options, metrics, [&](api::Api& api) -> Result<void> {
    auto served = http::serve(
        options.http, [&api](const http::Request& head) { return api.admit(head); },
        [&api](http::Request& request) { return api.handle(request); }, metrics,
        [&](uint16_t port) {
          spdlog::info("Filet listening on http://{}:{} (database: {})", options.http.address, port,
                       pool->engine() == db::Engine::sqlite ? "SQLite" : "PostgreSQL");
        });
    spdlog::info("stopping: closing the database");
    pool->close(std::chrono::seconds(5));
    return served;
  });
}

}  // namespace filet::app
