#pragma once
// Public service pages: a page without sign-in for a directory service, so that a worker can give
// it to a family as a QR code or a link. Only for organizations that allow it (an admin or the
// organization's manager turns it on), only for services still offered, and only what a family
// needs (no contacts' names, no verification details, no internal ids).
#include <boost/json.hpp>
#include <string>

#include "audit/audit_log.hpp"
#include "db/pool.hpp"

namespace filet::directory {

class PublicPageService {
 public:
  explicit PublicPageService(db::Pool& pool) : pool_(pool) {}
  Result<bool> enabled(const std::string& organization_id);
  Result<bool> set_enabled(const audit::Actor& actor, const std::string& organization_id, bool enabled);
  // The public page's content in `lang`; not_found when the page is not public.
  Result<boost::json::object> page(const std::string& service_id, const std::string& lang);

 private:
  db::Pool& pool_;
};

}  // namespace filet::directory
