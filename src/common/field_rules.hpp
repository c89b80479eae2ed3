#pragma once
// The one set of field rules for values that come from people or from other systems: the API's
// body decoding, the web forms (through the API) and every importer check with these, so a value
// refused in a form is refused in an import too.
#include <boost/json.hpp>
#include <cstdint>
#include <expected>
#include <optional>
#include <string>
#include <string_view>

#include "common/error.hpp"

namespace filet::field_rules {

// An http:// or https:// address with a host, no spaces or control characters ("" is no address).
bool is_web_address(std::string_view text);
// name@domain.tld: one @, something before it, a dot in the domain, no spaces or control characters.
bool is_email(std::string_view text);

// A phone number: digits with the usual separators ( -().+/), at least 7 digits, at most 15.
bool is_phone_number(std::string_view text);

// The FieldError for `field` when `value` breaks the rule; "" passes (clearing the field).
std::optional<FieldError> check_web_address(std::string_view field, std::string_view value);
std::optional<FieldError> check_email(std::string_view field, std::string_view value);
std::optional<FieldError> check_phone_number(std::string_view field, std::string_view value);

// A JSON number as a whole number within [min, max]: an integer, or a double with no fraction
// (18.0); a fraction, NaN, an infinity or a value out of range is an error, never a conversion.
std::expected<int64_t, FieldError> whole_number(std::string_view field, const boost::json::value& value, int64_t min,
                                                int64_t max);

// False when a number anywhere in `value` is NaN or infinite (Boost.JSON reads 1e400 as an
// infinity and 0e400 as NaN; neither can be written back as JSON).
bool is_finite_everywhere(const boost::json::value& value);

// Where a text anywhere in `value` holds a control character other than a tab or a line end
// ("name", "phones[0].number"), or nothing. Filet never stores one: the API refuses them, and
// PostgreSQL would cut a text at U+0000 where SQLite keeps it, so the two engines would differ.
std::optional<std::string> control_character_path(const boost::json::value& value);

}  // namespace filet::field_rules
