#pragma once
// The results of one item, from the counts of its answers by value (what one GROUP BY gives):
// never from the answers themselves, so results cost the same whatever the number of responses.
// Pure: counts in, figures out.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "common/error.hpp"
#include "questionnaires/questionnaire.hpp"

namespace filet::questionnaires {

// How many answers of one item hold `value` (an option code, "other" for "other, specify").
struct ValueCount {
  std::string value;
  int64_t count = 0;
};

struct OptionResult {
  std::string code;
  std::optional<int64_t> count;  // none: hidden by small-count suppression
  double share = 0;              // scale options: of the answers on the scale; others: of all answers
  bool off_scale = false;
};

struct LikertResult {
  int64_t n = 0;                           // answers on the scale
  int64_t off_scale = 0;                   // "ne sais pas / non applicable": counted apart, out of the mean
  std::optional<double> mean;              // none when n = 0 (or hidden)
  std::optional<double> sd;                // sample standard deviation (n − 1, as in the seeds); none under 2
  std::optional<double> median;            // of the scores; the mean of the two middle ones when n is even
  std::optional<double> top_box;           // share of the answers in the upper half of the scale (top_box_codes)
  std::vector<std::string> top_box_codes;  // e.g. 3 and 4 on a 1–4 scale, 4 and 5 on a 1–5 scale
  std::vector<OptionResult> options;       // every option, in the item's order
  bool hidden = false;                     // fewer than k answers: no figure is shown
};

struct ChoiceResult {
  int64_t respondents = 0;            // responses that answered the item (multiple choice: shares add past 100 %)
  std::vector<OptionResult> options;  // every option in order, then "other" when the item has it
  bool hidden = false;
};

// A Likert item's n, mean, SD and distribution. An unknown value is an error (not silently left
// out of n): the answers were checked against the item when stored.
Result<LikertResult> likert_result(const Item& item, const std::vector<ValueCount>& counts);
// A choice item's counts per option; `respondents` is the number of responses answering it.
Result<ChoiceResult> choice_result(const Item& item, const std::vector<ValueCount>& counts, int64_t respondents);

// Where results leave the organization: small counts hidden (common/small_counts, k). An item
// answered by fewer than k respondents shows no figure at all; otherwise its option counts go
// through suppress_list (primary and complementary), and the mean and SD stay (they name nobody
// once n ≥ k).
Result<void> hide_small_counts(LikertResult& result, int64_t k);
Result<void> hide_small_counts(ChoiceResult& result, int64_t k);
// Every figure of the result removed, as for fewer than k answers.
void hide_all(LikertResult& result);
void hide_all(ChoiceResult& result);

}  // namespace filet::questionnaires
