#pragma once
// The words an export of the register writes for codes, in French or English.
#include <string>

namespace filet::gaps {

std::string reason_label(const std::string& code, bool french);
std::string setting_label(const std::string& code, bool french);
// Why a count is hidden: "primary" (under 5) or "complementary".
std::string hidden_label(const std::string& why, bool french);

}  // namespace filet::gaps
