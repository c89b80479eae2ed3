#pragma once
// The fields of campaigns and of the public respondent page as the API carries them,
// described once (common/fields): the OpenAPI schemas and the web's generated types follow.
#include <boost/json.hpp>

#include "common/fields.hpp"
#include "questionnaires/campaign_service.hpp"

namespace filet::questionnaires {

extern const fields::Description kCampaignFields;         // SurveyCampaign: the record and its create body
extern const fields::Description kCampaignFilterFields;   // the list's organization_id, questionnaire_id
extern const fields::Description kPublicFormFields;       // SurveyForm: what the respondent page shows
extern const fields::Description kResponseFields;         // SurveyResponse: one respondent's answers
extern const fields::Description kAnswersImportFields;    // SurveyAnswersImport: {"file": the CSV's text}
extern const fields::Description kAnswersImportedFields;  // SurveyAnswersImported: the count, ignored columns

// Read-only fields of responses: a count (≥ 0), a decimal (null when there is none), a flag.
fields::Field read_only_count(std::string_view name, bool nullable = false);
fields::Field read_only_number(std::string_view name);
fields::Field read_only_flag(std::string_view name);

// A figure or null, as the results and counts are written.
boost::json::value or_null(const std::optional<int64_t>& v);
boost::json::value or_null(const std::optional<double>& v);

Result<CampaignChanges> decode_campaign(const boost::json::object& body);
// One response as the public page sends it.
struct Submission {
  Answers answers;
  std::string id;  // the phone's random id of this submission ("" for none): a resend is stored once
};
// {"answers": {"<item code>": {"values": ["3"], "other": "…"}}, "submission_id": "<uuid>"}: a
// value that is not of that shape is refused naming `answers.<item code>`; whether the answers
// fit the version is the service's question (check_answers).
Result<Submission> decode_submission(const boost::json::object& body);

boost::json::object to_json(const Campaign& campaign);
boost::json::object to_json(const PublicForm& form);
boost::json::object to_json(const AnswersImport& import);
// The CSV's text (validation_failed naming `file` when missing or too long).
Result<std::string> decode_answers_import(const boost::json::object& body);

}  // namespace filet::questionnaires
