#pragma once
// What one request may reach of the operational data (everything that belongs to an
// organization), and the only road to a repository of it: a ScopedConnection.
//
// Only the policy (auth::ScopeIssuer in auth/policy.hpp) makes a Scope, from the principal, once
// per request (the API front door puts it in the handler's context). A repository of operational
// data takes a ScopedConnection, never a bare Connection, and adds the scope's filter to every
// query: a service cannot reach such a repository without a scope, and a repository that forgets
// the filter is caught by the per-role list tests (tests/api/scope_by_role.test.mjs).
#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>

#include "db/database.hpp"
#include "db/where.hpp"

namespace filet::auth {
class ScopeIssuer;
}

namespace filet::db {

// How much of an organization's records a person sees.
enum class Access { none = 0, aggregate = 1, deidentified = 2, identified = 3 };

class ScopedConnection;

class Scope {
 public:
  // The level at which the request reads the records of an organization.
  Access level(std::string_view organization_id) const;
  // Whether the request may change records (directory services today) of an organization.
  bool may_change(std::string_view organization_id) const;
  const std::map<std::string, Access, std::less<>>& readable() const { return read_; }

  // "column IN (?, ...)" over the organizations read at `minimum` or more ("1 = 0" when none),
  // with its parameters: ids are always bound, never written into the SQL.
  std::pair<std::string, Params> read_filter(std::string_view column, Access minimum) const;
  // The same over the organizations whose records may be changed ("1 = 1" for every one).
  std::pair<std::string, Params> change_filter(std::string_view column) const;

  // The scoped handle over a connection (one of the pool's, inside the service's transaction).
  // It refers to this scope: a temporary one would be gone before the handle.
  ScopedConnection on(Connection& connection) const&;
  ScopedConnection on(Connection& connection) const&& = delete;

 private:
  friend class auth::ScopeIssuer;
  Scope() = default;
  std::map<std::string, Access, std::less<>> read_;
  std::set<std::string, std::less<>> change_;
  bool change_all_ = false;
};

// A connection that carries its request's scope. Repositories of operational data take it.
class ScopedConnection {
 public:
  const Scope& scope() const { return scope_; }
  Engine engine() const { return connection_.engine(); }
  // Adds the scope's filter on `column` to a WHERE clause.
  Where& readable(Where& where, std::string_view column, Access minimum) const;
  Where& changeable(Where& where, std::string_view column) const;

  Result<Rows> query(std::string_view sql, const Params& params = {}) { return connection_.query(sql, params); }
  Result<int64_t> execute(std::string_view sql, const Params& params = {}) { return connection_.execute(sql, params); }
  Result<void> each(std::string_view sql, const Params& params, const std::function<bool(Row&)>& on_row) {
    return connection_.each(sql, params, on_row);
  }
  // The connection beneath, for what is not operational data, in the same transaction:
  // reference lists, the published directory (which every account reads), derived indexes.
  Connection& connection() { return connection_; }

 private:
  friend class Scope;
  ScopedConnection(Connection& connection, const Scope& scope) : connection_(connection), scope_(scope) {}
  Connection& connection_;
  const Scope& scope_;
};

}  // namespace filet::db
