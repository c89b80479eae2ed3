#include "api/responses.hpp"

#include <algorithm>
#include <charconv>

#include "common/ids.hpp"
#include "common/json_input.hpp"
#include "common/text.hpp"

namespace filet::api {
namespace {

Error bad_query(std::string_view name, FieldCode code, std::string param = {}) {
  return Error::field(ErrorCode::bad_query, std::string(name), code, std::move(param));
}

Result<int64_t> integer_param(const http::Request& request, std::string_view name, int64_t fallback, int64_t min,
                              int64_t max) {
  auto raw = request.query_param(name);
  if (!raw) return fallback;
  int64_t value = 0;
  auto [ptr, ec] = std::from_chars(raw->data(), raw->data() + raw->size(), value);
  if (ec != std::errc{} || ptr != raw->data() + raw->size())
    return fail(bad_query(name, FieldCode::wrong_type, "integer"));
  if (value < min || value > max)
    return fail(bad_query(name, FieldCode::out_of_range, std::to_string(min) + "–" + std::to_string(max)));
  return value;
}

constexpr std::string_view kBooleans[] = {"true", "false"};

}  // namespace

// The paging kit's parameters, as list_query reads them (B's consolidation may add `sort` here).
// Unlabelled: their error messages name them by their wire names, as the API always has.
const fields::Description kListQueryFields{
    "ListQuery",
    {{.name = "page", .type = fields::Type::integer, .low = 1, .high = 1'000'000},
     {.name = "per_page", .type = fields::Type::integer, .low = 1, .high = 200},
     {.name = "q", .type = fields::Type::text, .max = kSearchTextMaxChars},
     {.name = "active", .type = fields::Type::choice, .label = {"actif", "active"}, .choices = kBooleans}}};

Result<std::string> choice_param(const http::Request& request, const fields::Field& field) {
  return choice_param(request, field.name, field.choices);
}

http::Response json_response(const boost::json::value& value, int status) {
  http::Response response;
  response.status = status;
  response.body = boost::json::serialize(value);
  response.set_header("Cache-Control", "no-store");
  return response;
}

http::Response no_content() {
  http::Response response;
  response.status = 204;
  response.content_type = "text/plain";
  return response;
}

Result<std::string> id_param(const Context& ctx, std::string_view name) {
  std::string_view id = ctx.param(name);
  if (!ids::is_uuid(id))
    return fail(Error::field(ErrorCode::bad_id, std::string(name), FieldCode::invalid_format, "UUID"));
  return std::string(id);
}

Result<std::string> search_text_param(const http::Request& request, std::string_view name) {
  auto raw = request.query_param(name);
  if (!raw) return std::string();
  if (!text::is_valid_utf8(*raw) || text::length(*raw) > kSearchTextMaxChars)
    return fail(bad_query(name, FieldCode::too_long, std::to_string(kSearchTextMaxChars)));
  return std::string(text::trim(*raw));
}

Result<db::ListQuery> list_query(const http::Request& request) {
  db::ListQuery query;
  const auto& page = kListQueryFields.field("page");
  const auto& per_page = kListQueryFields.field("per_page");
  query.page = TRY(integer_param(request, "page", 1, page.low, page.high));
  query.per_page = TRY(integer_param(request, "per_page", 25, per_page.low, per_page.high));
  query.q = text::fold(TRY(search_text_param(request, "q")));
  if (auto active = request.query_param("active")) {
    if (*active == "true")
      query.active = true;
    else if (*active == "false")
      query.active = false;
    else if (!active->empty())
      return fail(bad_query("active", FieldCode::invalid_value, "true, false"));
  }
  return query;
}

Result<std::string> choice_param(const http::Request& request, std::string_view name,
                                 std::span<const std::string_view> allowed) {
  auto raw = request.query_param(name);
  if (!raw || raw->empty()) return std::string();
  if (std::find(allowed.begin(), allowed.end(), *raw) == allowed.end()) {
    std::string list;
    for (auto a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
    return fail(bad_query(name, FieldCode::invalid_value, list));
  }
  return std::string(*raw);
}

Result<std::string> id_query_param(const http::Request& request, std::string_view name) {
  auto raw = request.query_param(name);
  if (!raw || raw->empty()) return std::string();
  if (!ids::is_uuid(*raw)) return fail(bad_query(name, FieldCode::invalid_format, "UUID"));
  return std::string(*raw);
}

Result<boost::json::object> body(const Context& ctx) {
  return json_input::parse_object(ctx.request.body);
}

}  // namespace filet::api
