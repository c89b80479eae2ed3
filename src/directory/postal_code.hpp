#pragma once
// Canadian postal codes: "H2X 1Y4", "h2x1y4" or a forward sortation area alone ("H2X").
// Pure: tells a malformed code from a well-formed one; whether Filet knows its area is the
// postal-area repository's question.
#include <optional>
#include <string>
#include <string_view>

namespace filet::directory {

// The forward sortation area (first three characters, upper case) of a well-formed postal code
// or area, or nothing when the text is not one. Spaces and hyphens between the halves are allowed;
// the letters Canada Post never uses (D, F, I, O, Q, U; W and Z in first place) are refused.
std::optional<std::string> forward_sortation_area(std::string_view text);

}  // namespace filet::directory
