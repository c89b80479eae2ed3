#pragma once
// A zip archive made in memory with libzip (Debian), for downloads of several files at once: a
// campaign's answers with their R script or SPSS syntax.
#include <string>
#include <utility>
#include <vector>

#include "common/error.hpp"

namespace filet::questionnaires {

// The archive's bytes; each file deflated, under its name.
Result<std::string> zip_files(const std::vector<std::pair<std::string, std::string>>& files);

}  // namespace filet::questionnaires
