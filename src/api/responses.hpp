#pragma once
// Helpers handlers share: JSON responses, ids from the path, list parameters, request bodies.
#include <boost/json.hpp>

#include "api/api.hpp"
#include "common/json_writer.hpp"
#include "db/listing.hpp"

namespace filet::api {

http::Response json_response(const boost::json::value& value, int status = 200);
// The start and the end of a response whose body is written in place (json_response_from).
http::Response json_response_start(int status);
void json_response_end(const http::Response& response);

// A JSON response that `write(JsonWriter&)` writes straight into its body, without a DOM. The
// body reserves about what the last one took on this thread, so it seldom grows while written.
template <class Write>
http::Response json_response_from(Write&& write, int status = 200) {
  http::Response response = json_response_start(status);
  JsonWriter w(response.body);
  write(w);
  json_response_end(response);
  return response;
}

// Writes one record: by its module's write_json when it has one (the read path's records),
// else through its to_json DOM.
template <class Record>
void write_record(JsonWriter& w, const Record& record) {
  if constexpr (requires { write_json(w, record); })
    write_json(w, record);
  else
    w.dom(to_json(record));
}

http::Response record_response(const auto& record, int status = 200) {
  return json_response_from([&](JsonWriter& w) { write_record(w, record); }, status);
}

// The Page envelope (page_envelope's bytes) around a page of records, written in place.
template <class Record>
http::Response page_response(const db::Page<Record>& page, const db::ListQuery& query) {
  return json_response_from([&](JsonWriter& w) {
    w.begin_object().key("items").begin_array();
    for (const auto& item : page.items) write_record(w, item);
    w.end_array();
    w.field("page", query.page).field("per_page", query.per_page).field("total", page.total).end_object();
  });
}

http::Response no_content();
// The path parameter `name`, which must be a UUID (else bad_id).
Result<std::string> id_param(const Context& ctx, std::string_view name = "id");
// page, per_page, q, active and sort (one of `sorts`, "-" first for descending; a list without
// sort keys refuses any); a bad value is a bad_query error naming the parameter.
Result<db::ListQuery> list_query(const http::Request& request, std::span<const db::SortKey> sorts = {});
// The Page envelope every Filet list answers with: {"items", "page", "per_page", "total"}.
boost::json::object page_envelope(boost::json::array items, int64_t total, const db::ListQuery& query);
// The envelope around a page of records that have a to_json.
template <class T>
boost::json::object page_json(const db::Page<T>& page, const db::ListQuery& query) {
  boost::json::array items;
  items.reserve(page.items.size());
  for (const auto& item : page.items) items.push_back(to_json(item));
  return page_envelope(std::move(items), page.total, query);
}
// The parameters list_query reads, described for the OpenAPI document.
extern const fields::Description kListQueryFields;
// An optional text query parameter limited to `allowed` values ("" when absent).
Result<std::string> choice_param(const http::Request& request, std::string_view name,
                                 std::span<const std::string_view> allowed);
// A query parameter described as a choice field ("" when absent).
Result<std::string> choice_param(const http::Request& request, const fields::Field& field);
// The longest search text any route accepts, in characters (not bytes: "é" is one).
constexpr size_t kSearchTextMaxChars = 200;
// An optional search text query parameter (q, search), trimmed; longer than kSearchTextMaxChars
// characters or not UTF-8 is a bad_query error naming the parameter. "" when absent.
Result<std::string> search_text_param(const http::Request& request, std::string_view name);
// An optional date query parameter, YYYY-MM-DD ("" when absent; else bad_query naming it).
Result<std::string> date_query_param(const http::Request& request, std::string_view name);
// An optional UUID query parameter ("" when absent).
Result<std::string> id_query_param(const http::Request& request, std::string_view name);
Result<boost::json::object> body(const Context& ctx);
// Takes `version` out of an update's body: the version of the record the client loaded, a whole
// number ≥ 1 (else bad_request naming `version`). Absent: an old client, the update applies to
// whatever version is current (last write wins, as before versions).
Result<std::optional<int64_t>> take_version(boost::json::object& body);
// Takes `id` out of a create's body: the id a client made for the record it creates (a phone's
// outbox records offline and sends later; resending the same create must not make a second
// record). A UUID, lower-cased here; anything else is a 422 naming `id`. Absent: the server makes
// the id. See ARCHITECTURE.md, "Client-made ids".
Result<std::optional<std::string>> take_client_id(boost::json::object& body);

}  // namespace filet::api
