#include "questionnaires/questionnaire_results.hpp"

#include <cmath>

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

Result<void> hide_small_counts(LikertResult& result, int64_t k) {
  TRY_VOID(hide(result.options, result.hidden, result.n + result.off_scale, k));
  if (result.hidden) {
    result.mean.reset();
    result.sd.reset();
    result.n = 0;
    result.off_scale = 0;
  }
  return {};
}

Result<void> hide_small_counts(ChoiceResult& result, int64_t k) {
  TRY_VOID(hide(result.options, result.hidden, result.respondents, k));
  if (result.hidden) result.respondents = 0;
  return {};
}

}  // namespace filet::questionnaires
