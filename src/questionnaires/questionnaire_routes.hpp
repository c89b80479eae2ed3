#pragma once
#include "api/api.hpp"
#include "questionnaires/campaign_service.hpp"
#include "questionnaires/questionnaire_service.hpp"

namespace filet::questionnaires {
// Questionnaires (XLSForm in and out), campaigns and their results for staff; the public
// respondent page's form and its anonymous submit, by the campaign's link.
void add_questionnaire_routes(api::Api& api, QuestionnaireService& questionnaires, CampaignService& campaigns);
}  // namespace filet::questionnaires
