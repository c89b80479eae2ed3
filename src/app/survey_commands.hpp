#pragma once
// `filet survey …`: questionnaires for evaluators who script. The command line acts for the
// server's operator, who holds the database already: it reads every organization, names itself
// in the audit log, and still hides small counts in every result it prints (k, default 5), as
// the results do outside an organization.
#include <cstdint>
#include <ostream>
#include <string>

#include "common/error.hpp"
#include "db/pool.hpp"

namespace filet::app {

struct SurveyImport {
  std::string organization_id;  // the questionnaire's owner
  std::string file;             // an XLSForm .xlsx
};
// The new questionnaire's id, code and version on `out`; every malformed row named on error.
Result<void> import_xlsform_file(db::Pool& pool, const SurveyImport& import, std::ostream& out);

struct SurveyResponsesImport {
  std::string organization_id;   // the questionnaire's owner
  std::string questionnaire;     // its code (XLSForm form_id)
  std::string respondent_group;  // which version, when the questionnaire has several groups
  std::string campaign;          // its name; created (open today) if the organization has none so named
  std::string file;              // a CSV, one column per item code
};
// All the rows or none (every bad row named by its line); the count on `out`.
Result<void> import_responses_file(db::Pool& pool, const SurveyResponsesImport& import, std::ostream& out);

struct SurveyCampaignFile {
  std::string campaign;         // its name
  std::string organization_id;  // needed only when several organizations have a campaign of that name
  std::string by;               // results: a single-choice item to group by
  std::string format = "csv";   // csv | xlsx
  std::string lang = "en";      // en: a dot and ","; fr: a decimal comma and ";"
  int64_t k = 5;
};
// The results table (questionnaires/results_table), small counts hidden with threshold k.
Result<void> write_survey_results(db::Pool& pool, const SurveyCampaignFile& request, std::ostream& out);
// Every response, one row each (questionnaires/campaign_export).
Result<void> write_survey_answers(db::Pool& pool, const SurveyCampaignFile& request, std::ostream& out);

}  // namespace filet::app
