#pragma once
// Answers collected elsewhere (LimeSurvey, KoboToolbox, a paper form typed in a spreadsheet) read
// from a CSV file with one column per item code — the layout campaign_export writes: a multiple
// choice's codes separated by spaces, "<code>/other" for "other, specify". Columns that are not
// items (a submission time, an id) are ignored and named, never stored: an anonymous campaign keeps
// nothing that could order or identify its answers. Pure: the file in, the answers or every
// rejected row out.
#include <string>
#include <vector>

#include "common/csv_reader.hpp"
#include "common/error.hpp"
#include "questionnaires/questionnaire.hpp"
#include "questionnaires/questionnaire_rules.hpp"

namespace filet::questionnaires {

struct AnswersFile {
  std::vector<Answers> responses;            // one per data row, answers to hidden items dropped
  std::vector<std::string> ignored_columns;  // in the file's order
};

// ',' unless the header line holds more ';' than ',' (a French spreadsheet's export).
char csv_delimiter(std::string_view text);

// Every row checked as a respondent's answers are (check_answers); problems are named
// `csv[<line>].<item code>` (the file's line, the header being line 1). With any problem, the
// error lists them all and no response is returned. A decimal comma is read in a ';' file.
Result<AnswersFile> answers_from_csv(const Version& version, const csv::File& file, char delimiter);

}  // namespace filet::questionnaires
