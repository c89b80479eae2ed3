#pragma once
// A campaign's answers for R or SPSS as one zip: the data (the answers' CSV, comma-separated with
// a decimal point, whatever the language) and the script or syntax that reads it with its labels
// (stats_syntax), in French or English.
#include <string>

#include "export/export_stream.hpp"
#include "questionnaires/questionnaire.hpp"

namespace filet::questionnaires {

enum class StatsFormat { r, spss };

// `columns` and `rows`: the answers as campaign_export lays them out (answer_columns, answer_row).
Result<std::string> stats_package(const Version& version, const std::string& title,
                                  const std::vector<exports::Column>& columns, exports::RowSource rows,
                                  StatsFormat format, bool french);

}  // namespace filet::questionnaires
