#pragma once
// The demo's questionnaires (issue 10, item 9), built by the university evaluation team
// (organization univ-eval, reached by the demo's evaluator and coordinator) through the
// questionnaire service as XLSForm files, answered through the campaigns' public links:
//  - seed 000's appreciation and outcomes questionnaire of Espace Intervenants (annexes 1 and 2,
//    1–4 scales, and the socio-demographic profile), 31 answers in a closed campaign whose item
//    means and SDs come within 0.05 and 0.1 of the annexes';
//  - seed 003's online questionnaire of the outreach program in two versions, PTP and PG, sharing
//    their common items, with 49 and 56 answers in a closed campaign each (a campaign answers one
//    version), the strategies' frequency and efficacy shares loosely following the seed's tables.
// Every draw from a fixed seed: two runs give the same answers.
#include <string>
#include <string_view>

#include "db/pool.hpp"
#include "questionnaires/requester.hpp"

namespace filet::demo {

inline constexpr std::string_view kAppreciationCode = "ei_appreciation_retombees";
inline constexpr std::string_view kAppreciationCampaign = "Espace Intervenants — appréciation et retombées (juin 2026)";
inline constexpr std::string_view kOutreachCode = "proximite_questionnaire_en_ligne";
inline constexpr std::string_view kOutreachCampaignPtp = "Travail de proximité — questionnaire en ligne PTP (mai 2026)";
inline constexpr std::string_view kOutreachCampaignPg = "Travail de proximité — questionnaire en ligne PG (mai 2026)";

struct DemoQuestionnairesSummary {
  int questionnaires = 0, versions = 0, campaigns = 0, responses = 0;
};

// `builder` builds for `organization_id` (the questionnaire policy's question).
Result<DemoQuestionnairesSummary> load_demo_questionnaires(db::Pool& pool, const questionnaires::Requester& builder,
                                                           const std::string& organization_id);

}  // namespace filet::demo
