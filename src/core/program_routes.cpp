#include "core/program_routes.hpp"

#include "api/resource.hpp"
#include "core/json_output.hpp"
#include "core/program_fields.hpp"
#include "core/program_repository.hpp"

namespace filet::core {

void add_program_routes(api::Api& api, ProgramService& service) {
  using auth::Permission;
  api::add_resource<Program, ProgramChanges>(
      api, {.path = "/api/v1/programs",
            .sorts = program_repository::kSorts,
            .fields = kProgramFields,
            .list = {Permission::read_reference, "List programs"},
            .get = {Permission::read_reference, "Read a program"},
            .create = {Permission::manage_reference, "Create a program"},
            .update = {Permission::manage_reference, "Change or deactivate a program"},
            .list_records = [&service](api::Context&, const ListQuery& query) { return service.list(query); },
            .get_record = [&service](api::Context&, const std::string& id) { return service.get(id); },
            .decode = decode_program,
            .create_record = [&service](api::Context& ctx,
                                        const ProgramChanges& changes) { return service.create(ctx.actor(), changes); },
            .update_record = [&service](
                                 api::Context& ctx, const std::string& id,
                                 const ProgramChanges& changes) { return service.update(ctx.actor(), id, changes); }});
}

}  // namespace filet::core
