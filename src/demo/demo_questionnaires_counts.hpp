#pragma once
// The pure arithmetic of the demo's generated answers (demo_questionnaires): how many answers of
// each score give an item the mean and sample SD a seed's table reports, how many of each option
// follow a table's shares, and which respondent gives which answer so that the items of one
// dimension move together (a plausible Cronbach's alpha) instead of at random.
#include <cstdint>
#include <random>
#include <vector>

namespace filet::demo {

// The sample mean and SD (n − 1) of `counts[i]` answers of score `low + i`.
struct Moments {
  double mean = 0, sd = 0;
};
Moments moments_of(const std::vector<int>& counts, int low = 1);

// The counts of scores low..high, summing to n, whose mean and sample SD come closest to `mean`
// and `sd` (the least |mean − m| + |sd − s| over every split of n; the first such split in
// lexicographic order of the counts when several tie). n ≥ 2, low < high.
std::vector<int> likert_counts_for(double mean, double sd, int n, int low = 1, int high = 4);

// `n` split in proportion to `weights` (largest remainders, ties to the earlier weight): counts
// that sum to n. Weights ≥ 0, not all zero.
std::vector<int> apportion(const std::vector<double>& weights, int n);

// Gives the answers `counts[i]` × value i (values 0..k−1, k = counts.size()) to the respondents,
// the higher values to those of higher `propensity` give or take `noise` (a uniform jitter of
// that width added to each propensity): the returned vector holds respondent r's value index.
// propensity.size() must equal the sum of counts. Deterministic for a given `rng` state.
std::vector<int> assign_by_propensity(const std::vector<int>& counts, const std::vector<double>& propensity,
                                      double noise, std::mt19937_64& rng);

}  // namespace filet::demo
