#include "directory/public_page_repository.hpp"

namespace filet::directory::public_page_repository {

Result<bool> enabled(db::Connection& c, const std::string& organization_id) {
  return !TRY(c.query("SELECT 1 FROM public_service_pages WHERE organization_id = ?", {organization_id})).empty();
}

Result<void> enable(db::Connection& c, const std::string& organization_id, const std::string& by,
                    const std::string& at) {
  TRY_VOID(
      c.execute("INSERT INTO public_service_pages (organization_id, enabled_at, enabled_by) VALUES (?, ?, ?) "
                "ON CONFLICT (organization_id) DO NOTHING",
                {organization_id, at, by}));
  return {};
}

Result<void> disable(db::Connection& c, const std::string& organization_id) {
  TRY_VOID(c.execute("DELETE FROM public_service_pages WHERE organization_id = ?", {organization_id}));
  return {};
}

}  // namespace filet::directory::public_page_repository
