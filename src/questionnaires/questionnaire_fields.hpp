#pragma once
// The fields of questionnaires as the API carries them, described once (common/fields): the
// OpenAPI schemas and the web's generated types follow from these descriptions; to_json writes
// the records they describe.
#include <boost/json.hpp>

#include "common/fields.hpp"
#include "questionnaires/questionnaire.hpp"
#include "questionnaires/questionnaire_service.hpp"

namespace filet::questionnaires {

extern const fields::Description kQuestionnaireFields;        // Questionnaire (read only)
extern const fields::Description kQuestionnaireFilterFields;  // the list's organization_id
extern const fields::Description kQuestionnaireDetailFields;  // a questionnaire and its versions
extern const fields::Description kVersionFields;              // a version, its sections and items
extern const fields::Description kXlsformImportFields;        // the import's body
extern const fields::Description kVersionImportFields;        // a new version's body

// The import's body: the organization and the .xlsx file, base64 (a JSON body, like every write).
struct XlsformImport {
  std::string organization_id;
  std::string xlsx;  // the file's bytes, decoded
};
// Malformed base64: validation_failed naming `file`.
Result<XlsformImport> decode_xlsform_import(const boost::json::object& body);

// A new version's body: the respondent group it is for ("" when the questionnaire has one) and
// the .xlsx file, base64. Malformed base64: validation_failed naming `file`.
struct VersionImport {
  std::string respondent_group;
  std::string xlsx;  // the file's bytes, decoded
};
Result<VersionImport> decode_version_import(const boost::json::object& body);

boost::json::object to_json(const Questionnaire& questionnaire);
boost::json::object to_json(const QuestionnaireDetail& detail);
boost::json::object to_json(const Version& version);

}  // namespace filet::questionnaires
