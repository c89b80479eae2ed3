#pragma once
// Registers the list / get / create / update routes of a resource in one call: its path, the
// permission and summary of each verb, its field description (decoding and OpenAPI schemas) and
// its service's functions. Records are written with their module's write_json (or to_json), found
// by argument-dependent lookup, straight into the response body.
#include <functional>
#include <span>
#include <string>
#include <vector>

#include "api/responses.hpp"
#include "common/fields.hpp"

namespace filet::api {

struct Verb {
  auth::Permission permission;
  std::string summary;
  std::string organization_param = {};  // for permissions about one organization
  bool worker_pool = false;             // slow work (password hashing)
};

template <class Record, class Changes>
struct Resource {
  std::string path;  // e.g. /api/v1/organizations; a record is at path/{id}
  // The keys the list may be sorted by (`sort`); none: the list's one order.
  std::span<const db::SortKey> sorts;
  const fields::Description& fields;
  // Query parameters of the list besides page, per_page, q and active (kListQueryFields).
  const fields::Description* filters = nullptr;
  Verb list, get, create, update;
  std::function<Result<db::Page<Record>>(Context&, const db::ListQuery&)> list_records;
  std::function<Result<Record>(Context&, const std::string& id)> get_record;
  std::function<Result<Changes>(const boost::json::object& body, fields::Mode)> decode;
  std::function<Result<Record>(Context&, const Changes&)> create_record;
  std::function<Result<Record>(Context&, const std::string& id, const Changes&)> update_record;
};

namespace detail {
inline Route resource_route(std::string method, std::string pattern, const Verb& verb, Handler handler,
                            std::string request_schema, std::string response_schema) {
  Route route{std::move(method),  std::move(pattern), verb.permission,
              std::move(handler), verb.summary,       verb.organization_param};
  route.blocking = verb.worker_pool;
  route.request_schema = std::move(request_schema);
  route.response_schema = std::move(response_schema);
  return route;
}
}  // namespace detail

template <class Record, class Changes>
void add_resource(Api& api, Resource<Record, Changes> r) {
  std::string name(r.fields.schema);
  api.add_entity_schemas(r.fields);
  auto shared = std::make_shared<Resource<Record, Changes>>(std::move(r));
  const std::string item = shared->path + "/{id}";
  // What a phone may create offline it may also change offline: both may be items of a batch.
  constexpr bool kPhoneRecord = requires(Changes c) {
    c.client_id = std::optional<std::string>{};
  };

  Route list = detail::resource_route(
      "GET", shared->path, shared->list,
      [shared](Context& ctx) -> Result<http::Response> {
        auto query = TRY(list_query(ctx.request, shared->sorts));
        auto page = TRY(shared->list_records(ctx, query));
        return page_response(page, query);
      },
      "", name + "Page");
  list.query = {&kListQueryFields};
  list.sorts = shared->sorts;
  if (shared->filters) list.query.push_back(shared->filters);
  api.add(std::move(list));
  Route create = detail::resource_route(
      "POST", shared->path, shared->create,
      [shared](Context& ctx) -> Result<http::Response> {
        auto object = TRY(body(ctx));
        // Records a phone may create offline carry the id it made (Changes::client_id), so that
        // sending the same create twice finds the first record instead of making a second.
        if constexpr (kPhoneRecord) {
          auto client_id = TRY(take_client_id(object));
          auto changes = TRY(shared->decode(object, fields::Mode::create));
          changes.client_id = std::move(client_id);
          return record_response(TRY(shared->create_record(ctx, changes)), 201);
        }
        auto changes = TRY(shared->decode(object, fields::Mode::create));
        return record_response(TRY(shared->create_record(ctx, changes)), 201);
      },
      name + "Create", name);
  create.batchable = kPhoneRecord;
  api.add(std::move(create));
  api.add(detail::resource_route(
      "GET", item, shared->get,
      [shared](Context& ctx) -> Result<http::Response> {
        return record_response(TRY(shared->get_record(ctx, TRY(id_param(ctx)))));
      },
      "", name));
  Route update = detail::resource_route(
                     "PATCH", item, shared->update,
                     [shared](Context& ctx) -> Result<http::Response> {
                       auto id = TRY(id_param(ctx));
                       auto object = TRY(body(ctx));
                       // The version the change was made against (optimistic: a stale one is a 409).
                       auto version = TRY(take_version(object));
                       auto changes = TRY(shared->decode(object, fields::Mode::update));
                       changes.version = version;
                       return record_response(TRY(shared->update_record(ctx, id, changes)));
                     },
                     name + "Update", name)
                     .with_version_conflict(name);
  update.batchable = kPhoneRecord;
  api.add(std::move(update));
}

}  // namespace filet::api
