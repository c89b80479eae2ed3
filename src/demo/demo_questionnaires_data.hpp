#pragma once
// The figures the demo's questionnaires are generated from: seed 000's appreciation and outcomes
// questionnaire (annexes 1 and 2: each item's mean and SD, n = 31; tables 4 and 5: the
// socio-demographic profile's shares) and seed 003's online questionnaire for outreach workers
// (PTP, 49) and managers (PG, 56): the strategies' frequency and efficacy shares, the key
// partners, the success factors and obstacles. French as in the seeds; English by us.
#include <string>
#include <vector>

#include "questionnaires/questionnaire.hpp"

namespace filet::demo {

using questionnaires::Text;

struct DemoSection {
  std::string code;
  Text label;
  std::string scale;  // "satisfaction" or "agreement" (seed 000), "" for a section without a scale
};

// An item of annex 1 or 2 with the mean and SD the annex reports.
struct AnnexItem {
  std::string code, section;
  Text label;
  double mean, sd;
};

// An option and its share of the answers, per respondent group where the seed gives two.
struct SharedOption {
  std::string code;
  Text label;
  double share, share_pg = -1;  // share_pg < 0: the same share for PG
};

struct ChoiceItem {
  std::string code, section;
  Text label;
  std::vector<SharedOption> options;
  bool multiple = false, other_specify = false;
};

// A strategy of seed 003's grids: the share of PTP who used it 5 times or more, and the share who
// found it effective or very effective.
struct Strategy {
  std::string code;
  Text label;
  double frequent, effective;
};

// Seed 000.
inline constexpr int kAppreciationRespondents = 31;
const std::vector<DemoSection>& appreciation_sections();
const std::vector<AnnexItem>& appreciation_items();
const std::vector<questionnaires::Option>& satisfaction_scale();
const std::vector<questionnaires::Option>& agreement_scale();
const std::vector<ChoiceItem>& profile_items();  // single choice, section "profil"

// Seed 003.
inline constexpr int kOutreachWorkers = 49, kManagers = 56;
const std::vector<DemoSection>& outreach_sections();
const std::vector<Strategy>& networking_strategies();  // réseautage, PTP only
const std::vector<Strategy>& outreach_strategies();    // démarchage, PTP only
const std::vector<questionnaires::Option>& frequency_scale();
const std::vector<questionnaires::Option>& efficacy_scale();  // with "not used" off the scale
const std::vector<ChoiceItem>& outreach_common_choices();     // both versions
const std::vector<ChoiceItem>& outreach_ptp_choices();
const std::vector<ChoiceItem>& outreach_pg_choices();
// The share of each version who agree (3 or 4 on agreement_scale) with each outcome statement.
struct Outcome {
  std::string code;
  Text label;
  double agree;
};
const std::vector<Outcome>& outreach_outcomes();
// A few open answers, paraphrased from the seed's qualitative summaries.
const std::vector<std::string>& outreach_comments_ptp();
const std::vector<std::string>& outreach_comments_pg();

}  // namespace filet::demo
