#pragma once
#include "api/api.hpp"
#include "db/pool.hpp"
#include "journal/journal_service.hpp"

namespace filet::journal {
void add_journal_routes(api::Api& api, db::Pool& pool, OutreachService& outreach, NetworkingService& networking);
}  // namespace filet::journal
