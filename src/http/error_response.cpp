#include "http/error_response.hpp"

#include <boost/json.hpp>

namespace filet::http {

Response error_response(const Error& error, const std::string& request_id) {
  const ErrorInfo& info = error_info(error.code);
  boost::json::array fields;
  for (const FieldError& field : error.fields) {
    FieldMessage message = field_message(field);
    fields.push_back({{"field", field.field},
                      {"code", field_code_name(field.code)},
                      {"message_fr", message.fr},
                      {"message_en", message.en}});
  }
  boost::json::object error_body{{"code", info.code},
                                 {"message_fr", info.message_fr},
                                 {"message_en", info.message_en},
                                 {"fields", std::move(fields)}};
  // A version conflict carries the record as it is now, so the client can show what changed.
  if (!error.current.empty()) {
    boost::system::error_code ec;
    auto current = boost::json::parse(error.current, ec);
    if (!ec) error_body["current"] = std::move(current);
  }
  boost::json::object body{{"error", std::move(error_body)}, {"request_id", request_id}};
  Response response;
  response.status = info.http_status;
  response.body = boost::json::serialize(body);
  return response;
}

}  // namespace filet::http
