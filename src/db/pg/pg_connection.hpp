#pragma once
#include <memory>
#include <string>

#include "db/database.hpp"

namespace filet::db::pg {
Result<std::unique_ptr<Connection>> open(const std::string& conninfo);
// Rewrites `?` placeholders (outside quotes) to PostgreSQL's $1, $2, ...
std::string number_placeholders(std::string_view sql);
}  // namespace filet::db::pg
