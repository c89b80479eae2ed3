#include "questionnaires/questionnaire_results.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

#include "common/small_counts.hpp"
#include "questionnaires/questionnaire_rules.hpp"

namespace filet::questionnaires {
namespace {

// The count of each option of `item` (and "other" when it has one), in order.
Result<std::vector<int64_t>> per_option(const Item& item, const std::vector<ValueCount>& counts) {
  std::vector<int64_t> out(item.options.size() + (item.other_specify ? 1 : 0), 0);
  for (const ValueCount& vc : counts) {
    if (vc.count < 0) return fail(ErrorCode::internal, "negative count for " + item.code);
    size_t i = 0;
    while (i < item.options.size() && item.options[i].code != vc.value) ++i;
    if (i == item.options.size() && !(item.other_specify && vc.value == kOtherCode))
      return fail(ErrorCode::internal, "value '" + vc.value + "' is not an option of " + item.code);
    out[i] += vc.count;
  }
  return out;
}

double share(int64_t part, int64_t whole) {
  return whole > 0 ? static_cast<double>(part) / static_cast<double>(whole) : 0.0;
}

// The score of rank `rank` (0-based) among the n answers on the scale, in score order.
int64_t score_at(const std::vector<std::pair<int64_t, int64_t>>& score_counts, int64_t rank) {
  for (const auto& [score, count] : score_counts) {
    if (rank < count) return score;
    rank -= count;
  }
  return score_counts.back().first;
}

// Median and top box from the counts on the scale. The top box is the upper half of the scale's
// range ("satisfait.e or tout à fait satisfait.e" on 1–4): a fixed rule, so every item and every
// campaign read alike.
void scale_figures(const Item& item, const std::vector<int64_t>& per, LikertResult& r) {
  std::vector<std::pair<int64_t, int64_t>> score_counts;
  int64_t low = INT64_MAX, high = INT64_MIN;
  for (size_t i = 0; i < item.options.size(); ++i)
    if (const auto& score = item.options[i].score) {
      score_counts.emplace_back(*score, per[i]);
      low = std::min(low, *score);
      high = std::max(high, *score);
    }
  if (score_counts.empty()) return;
  std::sort(score_counts.begin(), score_counts.end());
  const double middle = (static_cast<double>(low) + static_cast<double>(high)) / 2.0;
  int64_t top = 0;
  for (size_t i = 0; i < item.options.size(); ++i)
    if (const auto& score = item.options[i].score; score && static_cast<double>(*score) > middle) {
      r.top_box_codes.push_back(item.options[i].code);
      top += per[i];
    }
  if (r.n == 0) return;
  r.top_box = share(top, r.n);
  const int64_t lower = score_at(score_counts, (r.n - 1) / 2), upper = score_at(score_counts, r.n / 2);
  r.median = (static_cast<double>(lower) + static_cast<double>(upper)) / 2.0;
}

Result<void> hide(std::vector<OptionResult>& options, bool& hidden, int64_t respondents, int64_t k) {
  std::vector<int64_t> counts;
  for (const OptionResult& o : options) counts.push_back(o.count.value_or(0));
  const auto list = TRY(small_counts::suppress_list(counts, k));
  hidden = respondents < k;
  for (size_t i = 0; i < options.size(); ++i)
    if (hidden || list.counts[i].hidden()) {
      options[i].count.reset();
      options[i].share = 0;
    }
  return {};
}

}  // namespace

Result<LikertResult> likert_result(const Item& item, const std::vector<ValueCount>& counts) {
  if (item.kind != ItemKind::likert) return fail(ErrorCode::internal, item.code + " is not a Likert item");
  const auto per = TRY(per_option(item, counts));
  LikertResult r;
  double sum = 0;
  for (size_t i = 0; i < item.options.size(); ++i) {
    if (item.options[i].score) {
      r.n += per[i];
      sum += static_cast<double>(*item.options[i].score) * static_cast<double>(per[i]);
    } else {
      r.off_scale += per[i];
    }
  }
  if (r.n > 0) r.mean = sum / static_cast<double>(r.n);
  if (r.n > 1) {
    double squares = 0;  // two passes: the deviations from the mean, not Σx² − n·mean²
    for (size_t i = 0; i < item.options.size(); ++i)
      if (item.options[i].score) {
        const double d = static_cast<double>(*item.options[i].score) - *r.mean;
        squares += d * d * static_cast<double>(per[i]);
      }
    r.sd = std::sqrt(squares / static_cast<double>(r.n - 1));
  }
  scale_figures(item, per, r);
  for (size_t i = 0; i < item.options.size(); ++i) {
    const bool off = !item.options[i].score;
    r.options.push_back(
        {item.options[i].code, per[i], off ? share(per[i], r.n + r.off_scale) : share(per[i], r.n), off});
  }
  return r;
}

Result<ChoiceResult> choice_result(const Item& item, const std::vector<ValueCount>& counts, int64_t respondents) {
  if (item.kind != ItemKind::single_choice && item.kind != ItemKind::multiple_choice)
    return fail(ErrorCode::internal, item.code + " is not a choice item");
  const auto per = TRY(per_option(item, counts));
  ChoiceResult r;
  r.respondents = respondents;
  for (size_t i = 0; i < per.size(); ++i) {
    const std::string code = i < item.options.size() ? item.options[i].code : std::string(kOtherCode);
    r.options.push_back({code, per[i], share(per[i], respondents), false});
  }
  return r;
}

void hide_all(LikertResult& result) {
  for (OptionResult& o : result.options) {
    o.count.reset();
    o.share = 0;
  }
  result.hidden = true;
  result.mean.reset();
  result.sd.reset();
  result.median.reset();
  result.top_box.reset();
  result.n = 0;
  result.off_scale = 0;
}

void hide_all(ChoiceResult& result) {
  for (OptionResult& o : result.options) {
    o.count.reset();
    o.share = 0;
  }
  result.hidden = true;
  result.respondents = 0;
}

Result<void> hide_small_counts(LikertResult& result, int64_t k) {
  TRY_VOID(hide(result.options, result.hidden, result.n + result.off_scale, k));
  if (result.hidden) hide_all(result);
  return {};
}

Result<void> hide_small_counts(ChoiceResult& result, int64_t k) {
  TRY_VOID(hide(result.options, result.hidden, result.respondents, k));
  if (result.hidden) hide_all(result);
  return {};
}

}  // namespace filet::questionnaires
