#pragma once
// Helpers handlers share: JSON responses, ids from the path, list parameters, request bodies.
#include <boost/json.hpp>

#include "api/api.hpp"
#include "db/listing.hpp"

namespace filet::api {

http::Response json_response(const boost::json::value& value, int status = 200);
http::Response no_content();
// The path parameter `name`, which must be a UUID (else bad_id).
Result<std::string> id_param(const Context& ctx, std::string_view name = "id");
// page, per_page, q, active; a bad value is a bad_query error naming the parameter.
Result<db::ListQuery> list_query(const http::Request& request);
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
// An optional UUID query parameter ("" when absent).
Result<std::string> id_query_param(const http::Request& request, std::string_view name);
Result<boost::json::object> body(const Context& ctx);

}  // namespace filet::api
