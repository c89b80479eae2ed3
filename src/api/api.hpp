#pragma once
// The JSON API's front door: matches the route, finds the session, checks CSRF and the route's
// permission through the one policy, runs the handler and maps errors to responses.
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "audit/audit_log.hpp"
#include "auth/policy.hpp"
#include "auth/session_service.hpp"
#include "common/fields.hpp"
#include "common/fields_schema.hpp"
#include "db/listing.hpp"
#include "http/message.hpp"
#include "http/router.hpp"
#include "http/server.hpp"
#include "http/static_files.hpp"

namespace filet::api {

struct Context {
  const http::Request& request;
  const http::RouteMatch& match;
  const auth::Principal* principal;
  // The request's scope, made once by the policy from the principal (none for public routes):
  // services reach repositories of operational data only through it (db/scope.hpp).
  const db::Scope& scope;

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
  // A body larger than the server's default (1 MiB): the session, CSRF token and permission are
  // then checked from the headers, before the body is read.
  size_t body_limit = 0;
  bool blocking = false;  // slow work (password hashing, imports): run on the worker pool
  // May be an item of POST /api/v1/batch (api/batch.hpp): a create or update of a record a phone
  // may make offline (add_resource marks those whose changes carry a client-made id).
  bool batchable = false;
  // For the OpenAPI document: the components (Api::add_schema) of the JSON body and of the 2xx
  // response, and the query parameters the route reads, each a described field.
  std::string request_schema = {};
  std::string response_schema = {};
  int success_status = 0;  // 0: 201 for POST, 204 for DELETE, else 200
  std::vector<const fields::Description*> query = {};
  // A list's sort keys: the OpenAPI document declares `sort` with them (both directions) as its
  // choices; a list without keys declares no `sort` (list_query refuses any).
  std::span<const db::SortKey> sorts = {};
  // An update that names the version it was made against: its 409 version_conflict carries this
  // record component as `error.current`.
  std::string conflict_schema = {};

  // api.add(Route{...}.with_body_limit(64 << 20).on_worker_pool())
  Route&& with_body_limit(size_t bytes) && {
    body_limit = bytes;
    return std::move(*this);
  }
  Route&& on_worker_pool() && {
    blocking = true;
    return std::move(*this);
  }
  Route&& with_schemas(std::string request, std::string response, int status = 0) && {
    request_schema = std::move(request);
    response_schema = std::move(response);
    success_status = status;
    return std::move(*this);
  }
  Route&& with_query(std::vector<const fields::Description*> parameters) && {
    query = std::move(parameters);
    return std::move(*this);
  }
  Route&& with_sorts(std::span<const db::SortKey> keys) && {
    sorts = keys;
    return std::move(*this);
  }
  Route&& with_version_conflict(std::string record_schema) && {
    conflict_schema = std::move(record_schema);
    return std::move(*this);
  }
};

class Api {
 public:
  Api(auth::SessionService& sessions, std::filesystem::path web_root)
      : sessions_(sessions), static_files_(std::move(web_root)) {}

  void add(Route route);
  // Decides from the request's head how big a body it may have, whether it runs on the worker
  // pool, or that it is refused before its body is read.
  http::Admission admit(const http::Request& head) const;
  http::Response handle(http::Request& request) const;
  const std::vector<Route>& routes() const { return routes_; }
  // Whether `method path` is a route that may be an item of a batch.
  bool batchable(std::string_view method, std::string_view path) const;
  // A schema of the OpenAPI document's components, named by the routes that use it.
  void add_schema(std::string name, boost::json::object schema) { schemas_[std::move(name)] = std::move(schema); }
  // The record, Create, Update and Page schemas of a described entity (e.g. Organization,
  // OrganizationCreate, OrganizationUpdate, OrganizationPage).
  void add_entity_schemas(const fields::Description& description);
  // The schema of one described body (Purpose::create) or record, named by its description.
  void add_schema(const fields::Description& description, fields::Purpose purpose);
  const std::map<std::string, boost::json::object>& schemas() const { return schemas_; }

 private:
  http::Response dispatch(http::Request& request) const;
  // The session's principal (none for public routes), after the CSRF token and the route's
  // permission are checked.
  Result<std::shared_ptr<const auth::Principal>> authenticate(const http::Request& request, const Route& route,
                                                              const http::RouteMatch& match) const;
  auth::SessionService& sessions_;
  http::StaticFiles static_files_;
  http::Router router_;
  std::vector<Route> routes_;
  std::map<std::string, boost::json::object> schemas_;
};

}  // namespace filet::api
