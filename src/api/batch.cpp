#include "api/batch.hpp"

#include <boost/json.hpp>

#include "api/responses.hpp"
#include "auth/outbox_policy.hpp"

namespace filet::api {
namespace {

struct Item {
  std::string method;
  std::string path;
  std::string body;  // the item's JSON body, as its route will read it
};

// Every problem of the envelope at once, each naming its item (items[2].path), before anything
// runs: a malformed batch writes nothing.
Result<std::vector<Item>> read_items(const Api& api, const boost::json::object& object) {
  Error error{ErrorCode::validation_failed, {}, {}, {}};
  auto problem = [&](std::string field, FieldCode code, std::string param = {}) {
    error.fields.push_back({std::move(field), code, std::move(param)});
  };
  for (const auto& [key, value] : object)
    if (key != "items") problem(std::string(key), FieldCode::unknown_field);
  const auto* found = object.if_contains("items");
  const auto* items = found ? found->if_array() : nullptr;
  if (!found)
    problem("items", FieldCode::required);
  else if (!items)
    problem("items", FieldCode::wrong_type, "array");
  else if (items->empty())
    problem("items", FieldCode::too_short, "1");
  else if (items->size() > kBatchMaxItems)
    problem("items", FieldCode::out_of_range, "1–" + std::to_string(kBatchMaxItems));
  std::vector<Item> read;
  if (items && error.fields.empty()) {
    for (size_t i = 0; i < items->size(); ++i) {
      std::string name = "items[" + std::to_string(i) + "]";
      const auto* item = (*items)[i].if_object();
      if (!item) {
        problem(name, FieldCode::wrong_type, "object");
        continue;
      }
      for (const auto& [key, value] : *item)
        if (key != "method" && key != "path" && key != "body")
          problem(name + "." + std::string(key), FieldCode::unknown_field);
      const auto* method = item->if_contains("method");
      const auto* path = item->if_contains("path");
      const auto* body = item->if_contains("body");
      bool method_ok = method && method->is_string() && (*method == "POST" || *method == "PATCH" || *method == "PUT");
      if (!method_ok)
        problem(name + ".method", method ? FieldCode::invalid_value : FieldCode::required, "POST, PATCH, PUT");
      if (!path || !path->is_string())
        problem(name + ".path", path ? FieldCode::wrong_type : FieldCode::required, "string");
      else if (method_ok && !api.batchable(method->as_string(), path->as_string()))
        problem(name + ".path", FieldCode::invalid_value,
                "/api/v1/journal/…, /api/v1/families…, /api/v1/family-…, /api/v1/group-sessions/…");
      if (!body || !body->is_object())
        problem(name + ".body", body ? FieldCode::wrong_type : FieldCode::required, "object");
      if (error.fields.empty())
        read.push_back(
            {std::string(method->as_string()), std::string(path->as_string()), boost::json::serialize(*body)});
    }
  }
  if (!error.fields.empty()) return std::unexpected(std::move(error));
  return read;
}

// The item as a request of its own: the batch's session cookie, CSRF token and address.
http::Request item_request(const http::Request& batch, Item item, size_t index) {
  http::Request request;
  request.method = std::move(item.method);
  request.path = item.path;
  request.raw_path = std::move(item.path);
  for (const auto& header : batch.headers)
    if (header.first != "content-length" && header.first != "transfer-encoding") request.headers.push_back(header);
  request.body = std::move(item.body);
  request.remote_address = batch.remote_address;
  request.secure = batch.secure;
  request.request_id = batch.request_id + "." + std::to_string(index + 1);
  return request;
}

// A failure that says "later", not "this item is wrong": what follows it waits, in order.
bool passing(int status) {
  return status == 408 || status == 429 || status >= 500;
}

boost::json::object item_schema() {
  return {{"type", "object"},
          {"properties",
           {{"method", {{"type", "string"}, {"enum", boost::json::array{"POST", "PATCH", "PUT"}}}},
            {"path", {{"type", "string"}, {"example", "/api/v1/journal/outreach"}}},
            {"body", {{"type", "object"}}}}},
          {"required", boost::json::array{"method", "path", "body"}},
          {"additionalProperties", false}};
}

}  // namespace

void add_batch_route(Api& api, db::Pool& pool) {
  api.add_schema(
      "BatchRequest",
      {{"type", "object"},
       {"properties",
        {{"items", {{"type", "array"}, {"minItems", 1}, {"maxItems", kBatchMaxItems}, {"items", item_schema()}}}}},
       {"required", boost::json::array{"items"}},
       {"additionalProperties", false}});
  // Each result: the status and JSON body its route answered (a record, or the error envelope).
  api.add_schema("BatchResults",
                 {{"type", "object"},
                  {"properties",
                   {{"results",
                     {{"type", "array"},
                      {"items",
                       {{"type", "object"},
                        {"properties", {{"status", {{"type", "integer"}}}, {"body", {{"type", "object"}}}}},
                        {"required", boost::json::array{"status", "body"}},
                        {"additionalProperties", false}}}}}}},
                  {"required", boost::json::array{"results"}},
                  {"additionalProperties", false}});
  // Signed in, then the outbox's own rule (journal recorders and facilitators), then each item
  // its route's.
  api.add(Route{"POST", "/api/v1/batch", auth::Permission::signed_in,
                [&api, &pool](Context& ctx) -> Result<http::Response> {
                  TRY_VOID(auth::may_send_outbox(ctx.principal));
                  auto items = TRY(read_items(api, TRY(body(ctx))));
                  auto unit = TRY(db::UnitOfWork::open(pool));
                  boost::json::array results;
                  for (size_t i = 0; i < items.size(); ++i) {
                    auto request = item_request(ctx.request, std::move(items[i]), i);
                    http::Response answer;
                    {
                      auto savepoint = TRY(db::Transaction::begin(unit->connection()));
                      answer = api.handle(request);
                      if (answer.status < 300) TRY_VOID(savepoint.commit());
                    }
                    boost::system::error_code parse_error;
                    auto answered = boost::json::parse(answer.body, parse_error);
                    if (parse_error || !answered.is_object()) answered = boost::json::object{};
                    results.push_back(boost::json::object{{"status", answer.status}, {"body", std::move(answered)}});
                    if (passing(answer.status)) break;
                  }
                  TRY_VOID(unit->commit());
                  return json_response(boost::json::object{{"results", std::move(results)}});
                },
                "Send several creates and updates recorded offline, each through its own route, in one transaction"}
              .on_worker_pool()
              .with_schemas("BatchRequest", "BatchResults", 200));
}

}  // namespace filet::api
