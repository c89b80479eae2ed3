#include "api/responses.hpp"

#include <algorithm>
#include <charconv>

#include "common/clock.hpp"
#include "common/field_rules.hpp"
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

// The sort key asked for, which must be one the list names.
Result<std::string> sort_param(const http::Request& request, std::span<const db::SortKey> sorts) {
  auto raw = request.query_param("sort");
  if (!raw || raw->empty()) return std::string();
  std::string_view name = raw->starts_with('-') ? raw->substr(1) : *raw;
  for (const auto& key : sorts)
    if (key.name == name) return std::string(*raw);
  std::string list;
  for (const auto& key : sorts)
    list += (list.empty() ? "" : ", ") + std::string(key.name) + ", -" + std::string(key.name);
  return fail(bad_query("sort", FieldCode::invalid_value, list.empty() ? "—" : list));
}

}  // namespace

// The paging kit's parameters, as list_query reads them (B's consolidation may add `sort` here).
// Unlabelled: their error messages name them by their wire names, as the API always has.
const fields::Description kListQueryFields{
    "ListQuery",
    {{.name = "page", .type = fields::Type::integer, .low = 1, .high = 1'000'000},
     {.name = "per_page", .type = fields::Type::integer, .low = 1, .high = 200},
     {.name = "q", .type = fields::Type::text, .max = kSearchTextMaxChars},
     {.name = "active", .type = fields::Type::choice, .label = {"actif", "active"}, .choices = kBooleans},
     // Each list names its own keys (a name, or "-" and a name for descending); see its summary.
     {.name = "sort", .type = fields::Type::text, .label = {"tri", "sort"}, .max = 60}}};

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

namespace {
// What the last response body written in place took on this thread: the next one reserves about
// as much (bounded), so writing it seldom reallocates.
thread_local size_t last_written_size = 0;
constexpr size_t kMaxReserved = 1 << 20;
}  // namespace

http::Response json_response_start(int status) {
  http::Response response;
  response.status = status;
  response.body.reserve(std::min(last_written_size + last_written_size / 8 + 64, kMaxReserved));
  response.set_header("Cache-Control", "no-store");
  return response;
}

void json_response_end(const http::Response& response) {
  last_written_size = response.body.size();
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

Result<db::ListQuery> list_query(const http::Request& request, std::span<const db::SortKey> sorts) {
  db::ListQuery query;
  const auto& page = kListQueryFields.field("page");
  const auto& per_page = kListQueryFields.field("per_page");
  query.page = TRY(integer_param(request, "page", 1, page.low, page.high));
  query.per_page = TRY(integer_param(request, "per_page", 25, per_page.low, per_page.high));
  query.sort = TRY(sort_param(request, sorts));
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

boost::json::object page_envelope(boost::json::array items, int64_t total, const db::ListQuery& query) {
  return {{"items", std::move(items)}, {"page", query.page}, {"per_page", query.per_page}, {"total", total}};
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

Result<std::string> date_query_param(const http::Request& request, std::string_view name) {
  auto raw = request.query_param(name);
  if (!raw || raw->empty()) return std::string();
  if (!clock::is_date(*raw)) return fail(bad_query(name, FieldCode::invalid_format, "2026-03-31"));
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

Result<std::optional<int64_t>> take_version(boost::json::object& body) {
  auto it = body.find("version");
  if (it == body.end()) return std::optional<int64_t>{};
  auto version = field_rules::whole_number("version", it->value(), 1, INT64_MAX);
  if (!version) return fail(Error{ErrorCode::bad_request, {version.error()}, {}, {}});
  body.erase(it);
  return std::optional<int64_t>{*version};
}

Result<std::optional<std::string>> take_client_id(boost::json::object& body) {
  auto it = body.find("id");
  if (it == body.end()) return std::optional<std::string>{};
  const auto* text = it->value().if_string();
  if (!text) return fail(Error::field(ErrorCode::validation_failed, "id", FieldCode::wrong_type, "string"));
  std::string id(text->data(), text->size());
  std::ranges::transform(id, id.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (!ids::is_uuid(id))
    return fail(Error::field(ErrorCode::validation_failed, "id", FieldCode::invalid_format,
                             "3f2b8c1e-0d4a-4b6e-9c7d-2a1f5e8b9c0d"));
  body.erase(it);
  return std::optional<std::string>{std::move(id)};
}

}  // namespace filet::api
