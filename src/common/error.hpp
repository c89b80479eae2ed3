#pragma once
// Errors are values: every fallible call across a module boundary returns Result<T>.
// The catalog (error_catalog.cpp) maps each code to an HTTP status and French/English messages.
#include <expected>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace filet {

enum class ErrorCode {
  validation_failed,
  malformed_json,
  invalid_utf8,
  unknown_field,
  not_found,
  route_not_found,
  method_not_allowed,
  unauthenticated,
  forbidden,
  csrf_invalid,
  invalid_credentials,
  too_many_attempts,
  conflict,
  payload_too_large,
  header_too_large,
  bad_request,
  bad_id,
  bad_query,
  internal,
  unavailable,
  unsupported_media_type,
  invalid_second_factor,
  two_factor_enrolment_required,
  version_conflict,       // an update named a version another change has replaced
  editing_window_closed,  // a practitioner's own entry (journal, family), past its editing window
};
// The last error code: the catalog refuses to compile when a code has no entry, or an entry past
// this one exists (a code added after it without moving this line).
inline constexpr ErrorCode kLastErrorCode = ErrorCode::editing_window_closed;

// Why one field was refused; each picks a message template in the catalog. Its wire name
// (field_code_name) is the `code` of the field in the API's error body.
enum class FieldCode {
  required,
  wrong_type,  // param: the expected type (string, boolean, integer, number, array, object, date)
  too_short,   // param: the minimum length
  too_long,    // param: the maximum length
  incomplete_row,
  invalid_value,   // param: the allowed values
  invalid_format,  // param: an example of the expected format
  unknown_field,
  not_found,
  duplicate,
  out_of_range,  // param: the allowed range
  before_start,
  self,
  cycle,
  other_organization,  // param: the organization that owns it
  incorrect,
  breached,
  postal_code_malformed,  // param: an example of a postal code
  postal_area_unknown,    // param: the area (first three characters)
  postal_area_malformed,  // param: the text received
  exceeds,                // param: the wire name of the field it may not exceed
  one_of_two,             // param: the wire name of the other field (exactly one of both)
  in_future,              // a date after today
  consent_missing,        // what the field asks for needs the family's consent (param: its purpose)
  required_to_close,      // empty, but closing the record needs it (param: why, a key of the catalog)
  before_other,           // a date before another one (param: the wire name of the other field)
};
inline constexpr FieldCode kLastFieldCode = FieldCode::before_other;

// A problem with one field of the input; `code` picks the message in the catalog.
struct FieldError {
  std::string field;
  FieldCode code = FieldCode::invalid_value;
  std::string param;  // e.g. the maximum length, shown in the message
};

struct Error {
  ErrorCode code = ErrorCode::internal;
  std::vector<FieldError> fields;
  std::string detail;   // for the log only, never shown to users
  std::string current;  // version_conflict: the record as it is now (JSON text), sent as error.current

  static Error of(ErrorCode c, std::string detail = {}) { return Error{c, {}, std::move(detail), {}}; }
  static Error field(ErrorCode c, std::string field, FieldCode code, std::string param = {}) {
    return Error{c, {FieldError{std::move(field), std::move(code), std::move(param)}}, {}, {}};
  }
};

template <class T = void>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(ErrorCode c, std::string detail = {}) {
  return std::unexpected(Error::of(c, std::move(detail)));
}
inline std::unexpected<Error> fail(Error e) {
  return std::unexpected(std::move(e));
}

struct ErrorInfo {
  int http_status;
  const char* code;
  const char* message_fr;
  const char* message_en;
};

const ErrorInfo& error_info(ErrorCode code);
// The wire name of a field code ("required", "wrong_type", ...).
std::string_view field_code_name(FieldCode code);
std::ostream& operator<<(std::ostream& out, FieldCode code);  // the wire name, for logs and tests

struct FieldMessage {
  std::string fr;
  std::string en;
};
FieldMessage field_message(const FieldError& error);
// Every French text of the catalog (messages, field templates, field labels, type names), for
// the typography test.
std::vector<std::string> french_catalog_texts();

}  // namespace filet

// Propagates the error of a Result expression, or yields its value (GNU statement expression,
// like SerenityOS's TRY).
#define TRY(expr)                                                                         \
  ({                                                                                      \
    auto&& filet_try_result_ = (expr);                                                    \
    if (!filet_try_result_) return std::unexpected(std::move(filet_try_result_).error()); \
    std::move(filet_try_result_).value();                                                 \
  })
#define TRY_VOID(expr)                                                                    \
  do {                                                                                    \
    auto&& filet_try_result_ = (expr);                                                    \
    if (!filet_try_result_) return std::unexpected(std::move(filet_try_result_).error()); \
  } while (0)
