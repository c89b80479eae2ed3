#pragma once
#include "core/listing.hpp"
#include "core/program.hpp"
#include "db/database.hpp"

namespace filet::core::program_repository {
Result<Program> find(db::Connection& c, const std::string& id);
Result<Page<Program>> list(db::Connection& c, const ListQuery& query);
Result<void> save(db::Connection& c, const Program& p, bool is_new);
Result<void> set_members(db::Connection& c, const std::string& id, const std::vector<std::string>& organization_ids);
Result<void> set_funders(db::Connection& c, const std::string& id, const std::vector<std::string>& funders);
}  // namespace filet::core::program_repository
