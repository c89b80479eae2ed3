#pragma once
// XLSForm in and out (https://xlsform.org): the .xlsx that ODK and KoboToolbox users write, with
// its `survey`, `choices` and `settings` sheets. What Filet reads and writes:
//   survey:   type, name, label::Français (fr), label::English (en), required, relevant,
//             appearance, grid; types select_one LIST [or_other], select_multiple LIST
//             [or_other], integer, decimal, date, text (appearance multiline: a long text),
//             begin_group / end_group (one level: the sections, i.e. dimensions);
//             a select_one with appearance likert is a Likert item: its options whose name is a
//             whole number are the scale (that number is the score), the others are off it;
//             relevant: ${item} = 'code' or selected(${item}, 'code'), joined by `or`;
//   choices:  list_name, name, label::Français (fr), label::English (en);
//   settings: form_id, form_title::Français (fr), form_title::English (en) (or form_title).
// Every problem is reported by sheet and row ("survey[7].type", the row as the spreadsheet
// numbers it), each with the catalog's French and English message; nothing is kept on error.
#include <string>
#include <string_view>
#include <vector>

#include "common/error.hpp"
#include "questionnaires/questionnaire.hpp"

namespace filet::questionnaires::xlsform {

struct Form {
  std::string form_id;  // the questionnaire's code
  Text title;
  Version version;  // sections and items (ids, number, group and dates left to the caller)
  bool operator==(const Form&) const = default;
};

// The form in an .xlsx file. A file that is no workbook: bad_request; malformed rows:
// validation_failed with every row's problem.
Result<Form> read(std::string_view xlsx_bytes);

// The .xlsx of a form (libxlsxwriter), which `read` gives back identical.
Result<std::string> write(const Form& form);

}  // namespace filet::questionnaires::xlsform
