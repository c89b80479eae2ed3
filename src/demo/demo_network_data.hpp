// The demo network (territories, organizations, programs, users) as a JSON document.
#pragma once
#include <string_view>
namespace filet::demo {
extern const std::string_view kDemoNetworkJson;
}
