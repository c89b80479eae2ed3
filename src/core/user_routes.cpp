#include "core/user_routes.hpp"

#include "api/responses.hpp"
#include "auth/password.hpp"
#include "common/field_rules.hpp"
#include "common/json_input.hpp"
#include "core/user_repository.hpp"

namespace filet::core {
namespace {
using auth::Permission;
constexpr std::string_view kUserFields[] = {"email", "name", "locale", "password", "is_admin", "active", "memberships"};

std::optional<std::vector<MembershipChange>> read_memberships(json_input::FieldReader& in) {
  const boost::json::value* raw = in.raw("memberships");
  if (!raw) return std::nullopt;
  if (!raw->is_array()) {
    in.add({"memberships", FieldCode::wrong_type, "array"});
    return std::nullopt;
  }
  std::vector<MembershipChange> out;
  for (const auto& item : raw->as_array()) {
    static const boost::json::object kEmpty;
    const auto* object = item.if_object();
    json_input::FieldReader member(object ? *object : kEmpty, {"organization_id", "role"});
    auto organization = member.id("organization_id", true);
    auto role = member.choice("role", auth::kRoleNames, true);
    if (!object || !member.ok() || !organization || !role) {
      in.add({"memberships", FieldCode::incomplete_row, {}});
      return std::nullopt;
    }
    out.push_back({*organization, *auth::role_from_name(*role)});
  }
  return out;
}

}  // namespace

Result<UserChanges> decode_user(const boost::json::object& body, bool creating,
                                std::span<const std::string_view> allowed) {
  json_input::FieldReader in(body, allowed);
  UserChanges changes;
  changes.email = in.text("email", {.required = creating, .min = 3, .max = 254});
  changes.name = in.text("name", {.required = creating, .min = 2, .max = 200});
  changes.locale = in.choice("locale", kLocales, false);
  if (const auto* password = in.raw("password")) {
    if (!password->is_string())
      in.add({"password", FieldCode::wrong_type, "string"});
    else
      changes.password = std::string(password->as_string());  // never trimmed: spaces count
    if (changes.password)
      if (auto rule = auth::check_password_rule(*changes.password); !rule) in.add(rule.error().fields.front());
  } else if (creating) {
    in.add({"password", FieldCode::required, {}});
  }
  changes.is_admin = in.boolean("is_admin");
  changes.active = in.boolean("active");
  changes.memberships = read_memberships(in);
  if (auto error = changes.email ? field_rules::check_email("email", *changes.email) : std::nullopt) in.add(*error);
  if (!creating && changes.email && changes.email->empty()) in.add({"email", FieldCode::required, {}});
  if (!creating && changes.name && changes.name->empty()) in.add({"name", FieldCode::required, {}});
  if (changes.locale && changes.locale->empty()) changes.locale.reset();
  TRY_VOID(in.finish());
  return changes;
}

void add_user_routes(api::Api& api, UserService& service) {
  api.add({"GET", "/api/v1/users", Permission::manage_users,
           [&service](api::Context& ctx) -> Result<http::Response> {
             auto query = TRY(api::list_query(ctx.request, user_repository::kSorts));
             auto page = TRY(service.list(query));
             return api::json_response(api::page_json(page, query));
           },
           "List accounts"});
  api.add(api::Route{"POST", "/api/v1/users", Permission::manage_users,
                     [&service](api::Context& ctx) -> Result<http::Response> {
                       auto changes = TRY(decode_user(TRY(api::body(ctx)), true, kUserFields));
                       auto created = TRY(service.create(ctx.actor(), changes));
                       return api::json_response(to_json(created), 201);
                     },
                     "Create an account"}
              .on_worker_pool());
  api.add({"GET", "/api/v1/users/{id}", Permission::manage_users,
           [&service](api::Context& ctx) -> Result<http::Response> {
             auto user = TRY(service.get(ctx.actor(), TRY(api::id_param(ctx))));
             return api::json_response(to_json(user));
           },
           "Read an account"});
  api.add(api::Route{"PATCH", "/api/v1/users/{id}", Permission::manage_users,
                     [&service](api::Context& ctx) -> Result<http::Response> {
                       auto id = TRY(api::id_param(ctx));
                       auto body = TRY(api::body(ctx));
                       auto version = TRY(api::take_version(body));
                       auto changes = TRY(decode_user(body, false, kUserFields));
                       changes.version = version;
                       auto updated = TRY(service.update(ctx.actor(), id, changes));
                       return api::json_response(to_json(updated));
                     },
                     "Change or disable an account"}
              .on_worker_pool());
}

}  // namespace filet::core
