#pragma once
// A campaign's answers for R and SPSS (issue 10, item 6), pure: the script or syntax that reads
// the data file (the answers' CSV, one column per item code: answer_columns) and gives every
// variable its label and every coded answer its value label, in French or English — what
// LimeSurvey's R and SPSS exports give, so that evaluators who script start from labelled data.
#include <string>

#include "questionnaires/questionnaire.hpp"

namespace filet::questionnaires {

// A valid R and SPSS variable name for a column: letters, digits and underscores, starting with
// a letter ("pourquoi/other" → "pourquoi_other").
std::string variable_name(std::string_view column);

// An R script reading `data_file` (UTF-8, with a BOM, comma-separated): Likert and single
// choices as factors with their labels (off-scale answers kept as their own level), numbers as
// numbers, dates as dates, a `label` attribute per variable, the Likert scores in `<code>_score`.
std::string r_script(const Version& version, const std::string& title, bool french, const std::string& data_file);

// SPSS syntax (also read by GNU PSPP) reading `data_file`: GET DATA, VARIABLE LABELS, VALUE
// LABELS, the Likert scores in `<code>_score` with off-scale answers missing.
std::string spss_syntax(const Version& version, const std::string& title, bool french, const std::string& data_file);

}  // namespace filet::questionnaires
