// The need taxonomy (a JSON array of terms, parents before children) shared by every module.
#pragma once
#include <string_view>
namespace filet::directory {
extern const std::string_view kNeedTaxonomyJson;
}
