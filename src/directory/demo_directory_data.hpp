// The demo directory (service templates for the demo organizations) and the approximate
// centroids of the postal areas it uses, as JSON documents.
#pragma once
#include <string_view>
namespace filet::directory {
// JSON array of services; each names its organization by the key used in kDemoNetworkJson.
extern const std::string_view kDemoDirectoryJson;
// JSON array of {"fsa","latitude","longitude"} (forward sortation areas, e.g. "H1G").
extern const std::string_view kPostalCentroidsJson;
}
