#pragma once
// The JSON API's front door: matches the route, finds the session, checks CSRF and the route's
// permission through the one policy, runs the handler and maps errors to responses.
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "audit/audit_log.hpp"
#include "auth/policy.hpp"
#include "auth/session_service.hpp"
#include "http/message.hpp"
#include "http/router.hpp"
#include "http/static_files.hpp"

namespace filet::api {

struct Context {
  const http::Request& request;
  const http::RouteMatch& match;
  const auth::Principal* principal;

  audit::Actor actor() const;
  std::string_view param(std::string_view name) const { return match.param(name); }
};

using Handler = std::function<Result<http::Response>(Context&)>;

struct Route {
  std::string method;
  std::string pattern;  // e.g. /api/v1/organizations/{id}
  auth::Permission permission;
  Handler handler;
  std::string summary;  // for the OpenAPI document
  // For permissions about one organization: the path parameter holding its id.
  std::string organization_param = {};
};

class Api {
 public:
  Api(auth::SessionService& sessions, std::filesystem::path web_root)
      : sessions_(sessions), static_files_(std::move(web_root)) {}

  void add(Route route);
  http::Response handle(http::Request& request) const;
  const std::vector<Route>& routes() const { return routes_; }

 private:
  http::Response dispatch(http::Request& request) const;
  auth::SessionService& sessions_;
  http::StaticFiles static_files_;
  http::Router router_;
  std::vector<Route> routes_;
};

}  // namespace filet::api
