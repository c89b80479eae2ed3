#include "core/user_routes.hpp"

#include "api/resource.hpp"
#include "core/json_output.hpp"
#include "core/user_fields.hpp"
#include "core/user_repository.hpp"

namespace filet::core {

void add_user_routes(api::Api& api, UserService& service) {
  using auth::Permission;
  api::add_resource<User, UserChanges>(
      api,
      {.path = "/api/v1/users",
       .sorts = user_repository::kSorts,
       .fields = kUserFields,
       .list = {Permission::manage_users, "List accounts"},
       .get = {Permission::manage_users, "Read an account"},
       // Password hashing is slow work: on the worker pool.
       .create = {Permission::manage_users, "Create an account", "", true},
       .update = {Permission::manage_users, "Change or disable an account", "", true},
       .list_records = [&service](api::Context&, const ListQuery& query) { return service.list(query); },
       .get_record = [&service](api::Context& ctx, const std::string& id) { return service.get(ctx.actor(), id); },
       .decode = [](const boost::json::object& body, fields::Mode mode) { return decode_user(body, mode); },
       .create_record = [&service](api::Context& ctx,
                                   const UserChanges& changes) { return service.create(ctx.actor(), changes); },
       .update_record = [&service](api::Context& ctx, const std::string& id,
                                   const UserChanges& changes) { return service.update(ctx.actor(), id, changes); }});
}

}  // namespace filet::core
