// The reference lists Filet installs (a JSON array of lists with their entries, in order).
#pragma once
#include <string_view>
namespace filet::reference {
extern const std::string_view kReferenceListsJson;
}
