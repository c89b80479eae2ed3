#pragma once
// A campaign's results as the API carries them, described once (common/fields): the OpenAPI
// schemas and the web's generated types follow.
#include <boost/json.hpp>

#include "common/fields.hpp"
#include "questionnaires/campaign_results.hpp"

namespace filet::questionnaires {

extern const fields::Description kResultsFields;       // SurveyResults
extern const fields::Description kResultsQueryFields;  // ?by=

boost::json::object to_json(const CampaignResults& results);

}  // namespace filet::questionnaires
