#include "api/api.hpp"

#include <spdlog/spdlog.h>
#include <algorithm>

#include "api/csrf.hpp"
#include "common/fields_schema.hpp"
#include "common/text.hpp"
#include "http/error_response.hpp"

namespace filet::api {
namespace {

constexpr std::string_view kSessionCookie = "filet_session";

bool is_api_path(std::string_view path) {
  return path.starts_with("/api/") || path == "/api" || path == "/healthz" || path == "/metrics";
}

// A body is JSON, said so: a form or text/plain body (what a cross-site form can send without
// a preflight) is refused, whatever it holds.
bool declares_json(const http::Request& request) {
  auto type = request.header("content-type");
  if (!type) return false;
  std::string_view media = type->substr(0, type->find(';'));
  while (!media.empty() && media.back() == ' ') media.remove_suffix(1);
  return text::lower_ascii(std::string(media)) == "application/json";
}

Error not_json() {
  return Error::field(ErrorCode::unsupported_media_type, "Content-Type", FieldCode::invalid_value, "application/json");
}

bool has_body(const http::Request& request) {
  if (!request.body.empty()) return true;
  auto length = request.header("content-length");
  return (length && *length != "0") || request.header("transfer-encoding").has_value();
}

}  // namespace

audit::Actor Context::actor() const {
  if (!principal) return {"", "", request.request_id};
  return {principal->user_id, principal->email, request.request_id};
}

void Api::add_entity_schemas(const fields::Description& d) {
  std::string name(d.schema);
  add_schema(d, fields::Purpose::record);
  add_schema(name + "Create", fields::object_schema(d, fields::Purpose::create));
  add_schema(name + "Update", fields::object_schema(d, fields::Purpose::update));
  add_schema(name + "Page", fields::page_schema(name));
}

void Api::add_schema(const fields::Description& d, fields::Purpose purpose) {
  add_schema(std::string(d.schema), fields::object_schema(d, purpose));
  if (purpose != fields::Purpose::record) return;
  std::vector<const fields::Description*> nested;
  fields::nested_records(d, nested);
  for (const auto* record : nested) add_schema(std::string(record->schema), fields::object_schema(*record, purpose));
}

void Api::add(Route route) {
  router_.add(route.method, route.pattern);
  routes_.push_back(std::move(route));
}

bool Api::batchable(std::string_view method, std::string_view path) const {
  auto matched = router_.match(method, path);
  const auto* match = std::get_if<http::RouteMatch>(&matched);
  return match && routes_[match->index].batchable;
}

http::Response Api::handle(http::Request& request) const {
  http::Response response;
  try {
    response = dispatch(request);
  } catch (const std::exception& e) {
    spdlog::error("request {} {} {} failed: {}", request.request_id, request.method, request.path, e.what());
    response = http::error_response(Error::of(ErrorCode::internal), request.request_id);
  }
  // Nothing the API answers may be kept by a browser or a proxy: it can carry personal data.
  if (is_api_path(request.path) && std::none_of(response.headers.begin(), response.headers.end(), [](const auto& h) {
        return text::lower_ascii(h.first) == "cache-control";
      }))
    response.set_header("Cache-Control", "no-store");
  return response;
}

http::Response Api::dispatch(http::Request& request) const {
  if (!is_api_path(request.path)) {
    if ((request.method == "GET" || request.method == "HEAD") && static_files_.enabled())
      return static_files_.serve(request);
    auto response = http::error_response(Error::of(ErrorCode::route_not_found), request.request_id);
    response.route = "static";
    return response;
  }
  auto matched = router_.match(request.method, request.path);
  if (std::holds_alternative<http::NoRoute>(matched))
    return http::error_response(Error::of(ErrorCode::route_not_found), request.request_id);
  if (auto* wrong = std::get_if<http::WrongMethod>(&matched)) {
    auto response = http::error_response(Error::of(ErrorCode::method_not_allowed), request.request_id);
    std::string allow;
    for (auto& m : wrong->allowed) allow += (allow.empty() ? "" : ", ") + m;
    response.set_header("Allow", allow);
    return response;
  }
  const auto& match = std::get<http::RouteMatch>(matched);
  const Route& route = routes_[match.index];

  auto fail_with = [&](const Error& error) {
    auto response = http::error_response(error, request.request_id);
    response.route = route.pattern;
    if (response.status >= 500)
      spdlog::error("request {} {} {}: {}", request.request_id, request.method, route.pattern, error.detail);
    return response;
  };

  auto principal = authenticate(request, route, match);
  if (!principal) return fail_with(principal.error());
  if (changes_state(request.method) && has_body(request) && !declares_json(request)) return fail_with(not_json());
  // Public routes get the empty scope; a session's scope is made once and kept with it.
  static const db::Scope kAnonymous = auth::ScopeIssuer::anonymous();
  std::shared_ptr<const db::Scope> scope;
  if (*principal) {
    auto made = sessions_.scope_of(**principal);
    if (!made) return fail_with(made.error());
    scope = std::move(*made);
  }
  Context context{request, match, principal->get(), scope ? *scope : kAnonymous};
  auto result = route.handler(context);
  if (!result) return fail_with(result.error());
  result->route = route.pattern;
  return std::move(*result);
}

Result<std::shared_ptr<const auth::Principal>> Api::authenticate(const http::Request& request, const Route& route,
                                                                 const http::RouteMatch& match) const {
  std::shared_ptr<const auth::Principal> principal;
  if (route.permission != auth::Permission::anyone) {
    if (auto token = request.cookie(kSessionCookie)) {
      auto found = sessions_.authenticate(*token);
      if (found)
        principal = std::move(*found);
      else if (found.error().code != ErrorCode::unauthenticated)
        return std::unexpected(found.error());
    }
    if (!principal) return fail(ErrorCode::unauthenticated);
    if (!csrf_allows(request.method, request.header("x-csrf-token").value_or(""), principal->csrf_token))
      return fail(ErrorCode::csrf_invalid);
  }
  std::string organization_id =
      route.organization_param.empty() ? std::string() : std::string(match.param(route.organization_param));
  TRY_VOID(auth::authorize(principal.get(), route.permission, organization_id));
  return principal;
}

http::Admission Api::admit(const http::Request& head) const {
  http::Admission admission;
  if (!is_api_path(head.path)) return admission;
  auto matched = router_.match(head.method, head.path);
  const auto* match = std::get_if<http::RouteMatch>(&matched);
  if (!match) return admission;  // the default limit; the handler answers 404 or 405
  const Route& route = routes_[match->index];
  admission.blocking = route.blocking;
  if (route.body_limit == 0) return admission;
  // A large body is read only for someone allowed to send it, as the route says it.
  auto refuse = [&](const Error& error) {
    auto response = http::error_response(error, head.request_id);
    response.route = route.pattern;
    response.set_header("Cache-Control", "no-store");
    admission.refusal = std::move(response);
    return admission;
  };
  try {
    if (auto principal = authenticate(head, route, *match); !principal) return refuse(principal.error());
    if (has_body(head) && !declares_json(head)) return refuse(not_json());
  } catch (const std::exception& e) {
    spdlog::error("request {} {} {} failed: {}", head.request_id, head.method, head.path, e.what());
    return refuse(Error::of(ErrorCode::internal));
  }
  admission.body_limit = route.body_limit;
  return admission;
}

}  // namespace filet::api
