#pragma once
#include "api/api.hpp"
#include "directory/public_page_service.hpp"

namespace filet::directory {
// Whether an organization's services have public pages (read by anyone signed in, changed by
// admins and the organization's managers), and the public page itself (no sign-in).
void add_public_page_routes(api::Api& api, PublicPageService& service);
}  // namespace filet::directory
