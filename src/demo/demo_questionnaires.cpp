#include "demo/demo_questionnaires.hpp"

#include <algorithm>
#include <cmath>
#include <random>

#include "demo/demo_questionnaires_counts.hpp"
#include "demo/demo_questionnaires_data.hpp"
#include "questionnaires/campaign_service.hpp"
#include "questionnaires/questionnaire_service.hpp"
#include "questionnaires/xlsform.hpp"

namespace filet::demo {
namespace {

namespace q = questionnaires;
namespace xlsform = questionnaires::xlsform;
using Respondents = std::vector<q::Answers>;

double uniform(std::mt19937_64& rng) {
  return std::uniform_real_distribution<double>(0.0, 1.0)(rng);
}

std::vector<double> uniforms(std::mt19937_64& rng, size_t n) {
  std::vector<double> out(n);
  for (double& u : out) u = uniform(rng);
  return out;
}

// Each respondent's leaning on a dimension: their general leaning, give or take the dimension's.
std::vector<double> leaning(std::mt19937_64& rng, const std::vector<double>& general) {
  std::vector<double> out;
  for (double g : general) out.push_back(0.6 * g + 0.4 * uniform(rng));
  return out;
}

q::Item likert(const std::string& code, const std::string& section, const Text& label,
               const std::vector<q::Option>& scale, const std::string& grid) {
  q::Item item{code, section, q::ItemKind::likert, label, false, scale};
  item.grid = grid;
  return item;
}

q::Item choice(const ChoiceItem& c) {
  q::Item item{c.code, c.section, c.multiple ? q::ItemKind::multiple_choice : q::ItemKind::single_choice, c.label};
  for (const SharedOption& o : c.options) item.options.push_back({o.code, o.label, std::nullopt});
  item.other_specify = c.other_specify;
  return item;
}

// Gives the Likert answers `counts` (of the scale's scores, in order) to the respondents by leaning.
void give_scores(Respondents& out, const std::string& code, const std::vector<int>& counts,
                 const std::vector<double>& lean, std::mt19937_64& rng, const std::vector<size_t>& who = {}) {
  std::vector<double> p;
  std::vector<size_t> to = who;
  if (to.empty())
    for (size_t r = 0; r < out.size(); ++r) to.push_back(r);
  for (size_t r : to) p.push_back(lean[r]);
  const auto given = assign_by_propensity(counts, p, 0.25, rng);
  for (size_t k = 0; k < to.size(); ++k) out[to[k]][code] = {{std::to_string(given[k] + 1)}, {}};
}

// A choice item's answers: single choices split by the shares, multiple ones each option chosen by
// its share of the respondents (an "other, specify" by two of them).
void give_choices(Respondents& out, const ChoiceItem& c, bool pg, std::mt19937_64& rng, std::string_view other) {
  const int n = static_cast<int>(out.size());
  auto share = [pg](const SharedOption& o) { return pg && o.share_pg >= 0 ? o.share_pg : o.share; };
  if (!c.multiple) {
    std::vector<double> weights;
    for (const SharedOption& o : c.options) weights.push_back(share(o));
    const auto given = assign_by_propensity(apportion(weights, n), uniforms(rng, out.size()), 0.0, rng);
    for (int r = 0; r < n; ++r) out[r][c.code] = {{c.options[given[r]].code}, {}};
    return;
  }
  for (const SharedOption& o : c.options) {
    const int chosen = static_cast<int>(std::lround(share(o) / 100.0 * n));
    const auto given = assign_by_propensity({n - chosen, chosen}, uniforms(rng, out.size()), 0.0, rng);
    for (int r = 0; r < n; ++r)
      if (given[r] == 1) out[r][c.code].values.push_back(o.code);
  }
  if (c.other_specify && !other.empty())
    for (int r = 0; r < 2; ++r) {
      q::Answer& a = out[rng() % out.size()][c.code];
      if (std::find(a.values.begin(), a.values.end(), q::kOtherCode) != a.values.end()) continue;
      a.values.emplace_back(q::kOtherCode);
      a.other = other;
    }
}

// Imports `form` through the service (the XLSForm a user would send) as `group`'s version.
Result<q::Version> import_form(q::QuestionnaireService& service, const q::Requester& who,
                               const std::string& organization_id, const xlsform::Form& form,
                               const std::string& questionnaire_id, const std::string& group) {
  const std::string xlsx = TRY(xlsform::write(form));
  if (questionnaire_id.empty()) {
    const auto created = TRY(service.import_xlsform(who, organization_id, xlsx, group));
    auto detail = TRY(service.detail(who, created.id));
    return service.version(who, detail.versions.front().id);
  }
  const auto added = TRY(service.import_version(who, questionnaire_id, group, xlsx));
  return service.version(who, added.id);
}

// A closed campaign of `version`, answered through its link, each response on one of `days`.
Result<void> collect(db::Pool& pool, const q::Requester& who, const std::string& organization_id,
                     const q::Version& version, std::string_view name, const std::vector<std::string>& days,
                     const Respondents& answers, std::mt19937_64& rng, DemoQuestionnairesSummary& summary) {
  q::CampaignService campaigns(pool);
  const q::Campaign k =
      TRY(campaigns.create(who, {organization_id, version.id, std::string(name), days.front(), days.back()}));
  for (const q::Answers& a : answers) {
    // Most answer in the first days after the invitation, fewer after each reminder.
    const size_t day = std::min(rng() % days.size(), rng() % days.size());
    TRY_VOID(campaigns.submit(k.link_token, a, days[day]));
    ++summary.responses;
  }
  ++summary.campaigns;
  return {};
}

std::vector<std::string> weekdays(std::string_view month, std::initializer_list<int> days) {
  std::vector<std::string> out;
  for (int d : days) out.push_back(std::string(month) + (d < 10 ? "-0" : "-") + std::to_string(d));
  return out;
}

const std::vector<q::Option>& scale_named(const std::string& name) {
  return name == "agreement" ? agreement_scale() : satisfaction_scale();
}

// Seed 000: the form, then 31 respondents whose answers give each item its annex's mean and SD.
xlsform::Form appreciation_form() {
  xlsform::Form form{std::string(kAppreciationCode),
                     {"Espace Intervenants : appréciation et retombées du groupe de codéveloppement",
                      "Espace Intervenants: appreciation and outcomes of the co-development group"},
                     {}};
  for (const DemoSection& s : appreciation_sections()) form.version.sections.push_back({s.code, s.label});
  for (const AnnexItem& a : appreciation_items()) {
    const auto& section = *std::find_if(appreciation_sections().begin(), appreciation_sections().end(),
                                        [&](const DemoSection& s) { return s.code == a.section; });
    form.version.items.push_back(likert(a.code, a.section, a.label, scale_named(section.scale), a.section));
  }
  for (const ChoiceItem& c : profile_items()) form.version.items.push_back(choice(c));
  return form;
}

Respondents appreciation_answers(std::mt19937_64& rng) {
  Respondents out(kAppreciationRespondents);
  const auto general = uniforms(rng, out.size());
  std::string section;
  std::vector<double> lean;
  for (const AnnexItem& a : appreciation_items()) {
    if (a.section != section) {
      section = a.section;
      lean = leaning(rng, general);
    }
    give_scores(out, a.code, likert_counts_for(a.mean, a.sd, kAppreciationRespondents), lean, rng);
  }
  for (const ChoiceItem& c : profile_items()) give_choices(out, c, false, rng, {});
  return out;
}

// Seed 003: one form per group, the common items under the same codes.
xlsform::Form outreach_form(bool pg) {
  xlsform::Form form{std::string(kOutreachCode),
                     {"Travail de proximité : questionnaire en ligne aux PTP et aux PG",
                      "Outreach work: online questionnaire for outreach workers and managers"},
                     {}};
  auto& items = form.version.items;
  auto grids = [&](const std::vector<Strategy>& strategies, const std::string& section, const std::string& what) {
    for (const Strategy& s : strategies)
      items.push_back(likert(s.code + "_freq", section, {"Fréquence : " + s.label.fr, "Frequency: " + s.label.en},
                             frequency_scale(), what + "_frequence"));
    for (const Strategy& s : strategies)
      items.push_back(likert(s.code + "_eff", section, {"Efficacité : " + s.label.fr, "Efficacy: " + s.label.en},
                             efficacy_scale(), what + "_efficacite"));
  };
  auto choices_of = [&](const std::vector<ChoiceItem>& list, const std::string& section) {
    for (const ChoiceItem& c : list)
      if (c.section == section) items.push_back(choice(c));
  };
  if (!pg) grids(networking_strategies(), "reseautage", "reseautage");
  choices_of(outreach_common_choices(), "collaborations");
  if (!pg) {
    grids(outreach_strategies(), "demarchage", "demarchage");
    choices_of(outreach_ptp_choices(), "demarchage");
  }
  choices_of(outreach_common_choices(), "mise_en_oeuvre");
  choices_of(pg ? outreach_pg_choices() : outreach_ptp_choices(), "mise_en_oeuvre");
  for (const Outcome& o : outreach_outcomes())
    items.push_back(likert(o.code, "retombees", o.label, agreement_scale(), "retombees"));
  items.push_back(
      {"commentaires",
       "",
       q::ItemKind::long_text,
       {"Avez-vous d'autres commentaires sur le travail de proximité ?", "Any other comments on outreach work?"}});
  for (const DemoSection& s : outreach_sections())
    if (std::any_of(items.begin(), items.end(), [&](const q::Item& i) { return i.section == s.code; }))
      form.version.sections.push_back({s.code, s.label});
  return form;
}

// A strategy's frequency (5 times or more: its share) and, for those who used it, its efficacy.
void give_strategy(Respondents& out, const Strategy& s, const std::vector<double>& lean, std::mt19937_64& rng) {
  const double p = s.frequent, e = s.effective;
  give_scores(out, s.code + "_freq", apportion({(1 - p) * 0.35, (1 - p) * 0.65, p * 0.6, p * 0.4}, (int)out.size()),
              lean, rng);
  std::vector<size_t> users;
  std::vector<double> by_use(out.size(), 0);
  for (size_t r = 0; r < out.size(); ++r) {
    const int used = std::stoi(out[r].at(s.code + "_freq").values.front());
    if (used > 1)
      users.push_back(r);
    else
      out[r][s.code + "_eff"] = {{"non_utilisee"}, {}};
    by_use[r] = used / 4.0;  // who uses a strategy more finds it more effective
  }
  give_scores(out, s.code + "_eff",
              apportion({(1 - e) * 0.3, (1 - e) * 0.7, e * 0.55, e * 0.45}, static_cast<int>(users.size())), by_use,
              rng, users);
}

Respondents outreach_answers(bool pg, std::mt19937_64& rng) {
  Respondents out(pg ? kManagers : kOutreachWorkers);
  const auto general = uniforms(rng, out.size());
  if (!pg) {
    const auto lean = leaning(rng, general);
    for (const Strategy& s : networking_strategies()) give_strategy(out, s, lean, rng);
    for (const Strategy& s : outreach_strategies()) give_strategy(out, s, lean, rng);
    for (const ChoiceItem& c : outreach_ptp_choices()) give_choices(out, c, false, rng, {});
  } else {
    for (const ChoiceItem& c : outreach_pg_choices())
      give_choices(out, c, true, rng, "Partage d'un local avec un organisme partenaire");
  }
  for (const ChoiceItem& c : outreach_common_choices())
    give_choices(out, c, pg, rng, pg ? "" : "Distances entre les villages et peu de transport");
  const auto lean = leaning(rng, general);
  for (const Outcome& o : outreach_outcomes()) {
    const double a = o.agree;
    give_scores(out, o.code, apportion({(1 - a) * 0.2, (1 - a) * 0.8, a * 0.45, a * 0.55}, (int)out.size()), lean, rng);
  }
  const auto& comments = pg ? outreach_comments_pg() : outreach_comments_ptp();
  const auto order = assign_by_propensity(std::vector<int>(out.size(), 1), uniforms(rng, out.size()), 0.0, rng);
  for (size_t r = 0; r < out.size(); ++r)
    if (static_cast<size_t>(order[r]) < comments.size()) out[r]["commentaires"] = {{comments[order[r]]}, {}};
  return out;
}

}  // namespace

Result<DemoQuestionnairesSummary> load_demo_questionnaires(db::Pool& pool, const q::Requester& builder,
                                                           const std::string& organization_id) {
  DemoQuestionnairesSummary summary;
  q::QuestionnaireService service(pool);
  std::mt19937_64 rng(20260607);

  const q::Version appreciation = TRY(import_form(service, builder, organization_id, appreciation_form(), "", ""));
  ++summary.questionnaires;
  ++summary.versions;
  const Respondents appreciation_given = appreciation_answers(rng);
  TRY_VOID(collect(pool, builder, organization_id, appreciation, kAppreciationCampaign,
                   weekdays("2026-06", {8, 9, 10, 11, 12, 15, 16, 17, 18, 19, 22, 23, 26}), appreciation_given, rng,
                   summary));

  const q::Version ptp = TRY(import_form(service, builder, organization_id, outreach_form(false), "", "PTP"));
  ++summary.questionnaires;
  ++summary.versions;
  const q::Version pg =
      TRY(import_form(service, builder, organization_id, outreach_form(true), ptp.questionnaire_id, "PG"));
  ++summary.versions;
  const auto may = weekdays("2026-05", {4, 5, 6, 7, 8, 11, 12, 13, 14, 15, 19, 20, 21, 22, 25, 26, 27, 28, 29});
  const Respondents ptp_given = outreach_answers(false, rng);
  TRY_VOID(collect(pool, builder, organization_id, ptp, kOutreachCampaignPtp, may, ptp_given, rng, summary));
  const Respondents pg_given = outreach_answers(true, rng);
  TRY_VOID(collect(pool, builder, organization_id, pg, kOutreachCampaignPg, may, pg_given, rng, summary));
  return summary;
}

}  // namespace filet::demo
