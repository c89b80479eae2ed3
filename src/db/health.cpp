#include "db/health.hpp"

namespace filet::db {

Result<void> check_answers(Connection& c) {
  TRY_VOID(c.query("SELECT 1"));
  return {};
}

}  // namespace filet::db
