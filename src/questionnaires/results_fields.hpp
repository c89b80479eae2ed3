#pragma once
// A campaign's results as the API carries them, described once (common/fields): the OpenAPI
// schemas and the web's generated types follow.
#include <boost/json.hpp>

#include "common/fields.hpp"
#include "questionnaires/campaign_results.hpp"
#include "questionnaires/campaign_service.hpp"

namespace filet::questionnaires {

extern const fields::Description kResultsFields;       // SurveyResults
extern const fields::Description kResultsQueryFields;  // ?by=
extern const fields::Description kOpenAnswersFields;       // SurveyOpenAnswers
extern const fields::Description kOpenAnswersQueryFields;  // ?item=

boost::json::object to_json(const OpenAnswers& answers);
boost::json::object to_json(const CampaignResults& results);

}  // namespace filet::questionnaires
