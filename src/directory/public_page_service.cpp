#include "directory/public_page_service.hpp"

#include "common/clock.hpp"
#include "core/organization_repository.hpp"
#include "directory/directory_json.hpp"
#include "directory/public_page_repository.hpp"
#include "directory/service_repository.hpp"

namespace filet::directory {

Result<bool> PublicPageService::enabled(const std::string& organization_id) {
  auto c = TRY(pool_.acquire());
  TRY_VOID(core::organization_repository::find(*c, organization_id));
  return public_page_repository::enabled(*c, organization_id);
}

Result<bool> PublicPageService::set_enabled(const audit::Actor& actor, const std::string& organization_id,
                                            bool enabled) {
  auto c = TRY(pool_.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  TRY_VOID(core::organization_repository::find(*c, organization_id));
  if (enabled)
    TRY_VOID(public_page_repository::enable(*c, organization_id, actor.email, clock::now_iso()));
  else
    TRY_VOID(public_page_repository::disable(*c, organization_id));
  TRY_VOID(audit::record(*c, actor, {"update", "public_service_pages", organization_id, organization_id}));
  TRY_VOID(tx.commit());
  return enabled;
}

Result<boost::json::object> PublicPageService::page(const std::string& service_id, const std::string& lang) {
  auto c = TRY(pool_.acquire());
  auto service = service_repository::find(*c, service_id);
  if (!service && service.error().code != ErrorCode::not_found) return fail(service.error());
  // A service that does not exist, is no longer offered, or whose organization keeps its pages
  // private: the same answer, so the route tells nothing about private services.
  if (!service || (service->status != "active" && service->status != "temporarily closed") ||
      !TRY(public_page_repository::enabled(*c, service->organization_id)))
    return fail(ErrorCode::not_found);
  return public_service_json(*service, lang);
}

}  // namespace filet::directory
