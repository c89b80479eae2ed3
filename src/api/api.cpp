#include "api/api.hpp"

#include <sodium.h>
#include <spdlog/spdlog.h>

#include "http/error_response.hpp"

namespace filet::api {
namespace {

constexpr std::string_view kSessionCookie = "filet_session";

bool changes_state(std::string_view method) {
  return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

bool same_token(std::string_view a, std::string_view b) {
  return a.size() == b.size() && !a.empty() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

bool is_api_path(std::string_view path) {
  return path.starts_with("/api/") || path == "/api" || path == "/healthz" || path == "/metrics";
}

}  // namespace

audit::Actor Context::actor() const {
  if (!principal) return {"", "", request.request_id};
  return {principal->user_id, principal->email, request.request_id};
}

void Api::add(Route route) {
  router_.add(route.method, route.pattern);
  routes_.push_back(std::move(route));
}

http::Response Api::handle(http::Request& request) const {
  try {
    return dispatch(request);
  } catch (const std::exception& e) {
    spdlog::error("request {} {} {} failed: {}", request.request_id, request.method, request.path, e.what());
    return http::error_response(Error::of(ErrorCode::internal), request.request_id);
  }
}

http::Response Api::dispatch(http::Request& request) const {
  if (!is_api_path(request.path)) {
    if ((request.method == "GET" || request.method == "HEAD") && static_files_.enabled())
      return static_files_.serve(request.path);
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

  std::optional<auth::Principal> principal;
  if (route.permission != auth::Permission::anyone) {
    if (auto token = request.cookie(kSessionCookie)) {
      auto found = sessions_.authenticate(*token);
      if (found)
        principal = std::move(*found);
      else if (found.error().code != ErrorCode::unauthenticated)
        return fail_with(found.error());
    }
    if (!principal) return fail_with(Error::of(ErrorCode::unauthenticated));
    if (changes_state(request.method) &&
        !same_token(request.header("x-csrf-token").value_or(""), principal->csrf_token))
      return fail_with(Error::of(ErrorCode::csrf_invalid));
  }
  std::string organization_id =
      route.organization_param.empty() ? std::string() : std::string(match.param(route.organization_param));
  if (auto allowed = auth::authorize(principal ? &*principal : nullptr, route.permission, organization_id); !allowed)
    return fail_with(allowed.error());

  Context context{request, match, principal ? &*principal : nullptr};
  auto result = route.handler(context);
  if (!result) return fail_with(result.error());
  result->route = route.pattern;
  return std::move(*result);
}

}  // namespace filet::api
