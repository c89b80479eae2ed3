#pragma once
// Wiring: opens the database, applies migrations, builds each module's service and routes, and
// runs the HTTP server. The path of a request is in ARCHITECTURE.md.
#include <memory>
#include <string>

#include "auth/policy.hpp"
#include "db/pool.hpp"
#include "http/server.hpp"

namespace filet::app {

struct ServeOptions {
  std::string db_url;
  std::string web_dir;
  std::string files_dir;  // the file store's folder; "" = files/ beside a SQLite database, else data/files
  http::ServerOptions http;
  size_t pool_size = 4;
  bool hsds_public = false;                 // the HSDS read API without sign-in
  std::string metrics_token;                // lets non-loopback clients read /metrics
  std::string key_file = "data/filet.key";  // the master key that seals secrets at rest
  auth::TwoFactorRule two_factor_rule = auth::TwoFactorRule::admins;
  bool daily_retention = true;    // Law 25: destroy once a day what retention makes due
  int referral_overdue_days = 7;  // a referral sent and not acknowledged after that many days is flagged
};

// Opens a pool on `url` and brings its schema up to date.
Result<std::unique_ptr<db::Pool>> open_database(const std::string& url, size_t pool_size);
Result<void> serve(const ServeOptions& options);
// The OpenAPI document of every route, without a server or a database (`filet openapi`).
Result<std::string> openapi_json();

}  // namespace filet::app
