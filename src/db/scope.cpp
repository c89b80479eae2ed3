#include "db/scope.hpp"

namespace filet::db {

Access Scope::level(std::string_view organization_id) const {
  auto it = read_.find(organization_id);
  return it == read_.end() ? Access::none : it->second;
}

bool Scope::may_change(std::string_view organization_id) const {
  return change_all_ || change_.contains(organization_id);
}

namespace {

std::pair<std::string, Params> in_list(std::string_view column, Params params) {
  if (params.empty()) return {"1 = 0", {}};
  return {std::string(column) + " IN (" + placeholders(params.size()) + ")", std::move(params)};
}

}  // namespace

std::pair<std::string, Params> Scope::read_filter(std::string_view column, Access minimum) const {
  Params ids;
  for (const auto& [id, access] : read_)
    if (access >= minimum && access != Access::none) ids.emplace_back(id);
  return in_list(column, std::move(ids));
}

std::pair<std::string, Params> Scope::change_filter(std::string_view column) const {
  if (change_all_) return {"1 = 1", {}};
  return in_list(column, Params(change_.begin(), change_.end()));
}

ScopedConnection Scope::on(Connection& connection) const& {
  return ScopedConnection(connection, *this);
}

Where& ScopedConnection::readable(Where& where, std::string_view column, Access minimum) const {
  auto [sql, params] = scope_.read_filter(column, minimum);
  return where.add(std::move(sql), std::move(params));
}

Where& ScopedConnection::changeable(Where& where, std::string_view column) const {
  auto [sql, params] = scope_.change_filter(column);
  return where.add(std::move(sql), std::move(params));
}

}  // namespace filet::db
