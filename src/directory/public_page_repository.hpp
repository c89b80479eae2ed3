#pragma once
// The SQL of public service pages: which organizations let their services have one.
#include <string>

#include "db/database.hpp"

namespace filet::directory::public_page_repository {

Result<bool> enabled(db::Connection& c, const std::string& organization_id);
Result<void> enable(db::Connection& c, const std::string& organization_id, const std::string& by,
                    const std::string& at);
Result<void> disable(db::Connection& c, const std::string& organization_id);

}  // namespace filet::directory::public_page_repository
