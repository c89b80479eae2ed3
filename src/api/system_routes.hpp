#pragma once
// Health, metrics and the OpenAPI document, which is generated from the routes themselves so
// that it cannot drift from them.
#include <boost/json/object.hpp>
#include <string>

#include "api/api.hpp"
#include "db/pool.hpp"
#include "http/metrics.hpp"

namespace filet::api {
// /metrics answers loopback clients, or others with `Authorization: Bearer <metrics_token>`.
void add_system_routes(Api& api, db::Pool& pool, const http::Metrics& metrics, std::string metrics_token);
boost::json::object openapi_document(const Api& api);
}  // namespace filet::api
