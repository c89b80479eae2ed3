#pragma once
// Whether the database answers (the health check of /healthz).
#include "db/database.hpp"

namespace filet::db {

Result<void> check_answers(Connection& c);

}  // namespace filet::db
