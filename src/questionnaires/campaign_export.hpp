#pragma once
// A campaign's answers as CSV or XLSX, through the one export writer: one row per response, in
// the order of their random ids (never the order of arrival), one column per item code, the
// layout LimeSurvey and KoboToolbox export ("<code>/other" after an item with "other, specify";
// a multiple choice's codes separated by a space, as XLSForm writes them). No column names the
// respondent or the moment: there is nothing of the kind stored.
#include <vector>

#include "export/export_stream.hpp"
#include "questionnaires/questionnaire.hpp"
#include "questionnaires/questionnaire_rules.hpp"

namespace filet::questionnaires {

std::vector<exports::Column> answer_columns(const Version& version);
// One response's cells, in answer_columns' order: whole and decimal numbers as numbers, the rest
// as text (option codes as stored).
std::vector<exports::Cell> answer_row(const Version& version, const Answers& answers);

}  // namespace filet::questionnaires
