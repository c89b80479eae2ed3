#include "demo/demo_questionnaires_counts.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace filet::demo {

Moments moments_of(const std::vector<int>& counts, int low) {
  double n = 0, sum = 0;
  for (size_t i = 0; i < counts.size(); ++i) {
    n += counts[i];
    sum += counts[i] * static_cast<double>(low + static_cast<int>(i));
  }
  if (n == 0) return {};
  Moments m{sum / n, 0};
  if (n < 2) return m;
  double squares = 0;
  for (size_t i = 0; i < counts.size(); ++i) {
    const double d = low + static_cast<int>(i) - m.mean;
    squares += counts[i] * d * d;
  }
  m.sd = std::sqrt(squares / (n - 1));
  return m;
}

namespace {

// Every split of `left` over counts[at..], best kept in `best`.
void search(std::vector<int>& counts, size_t at, int left, int low, double mean, double sd, std::vector<int>& best,
            double& best_gap) {
  if (at + 1 == counts.size()) {
    counts[at] = left;
    const Moments m = moments_of(counts, low);
    const double gap = std::abs(m.mean - mean) + std::abs(m.sd - sd);
    if (gap < best_gap - 1e-12) {
      best_gap = gap;
      best = counts;
    }
    return;
  }
  for (int c = 0; c <= left; ++c) {
    counts[at] = c;
    search(counts, at + 1, left - c, low, mean, sd, best, best_gap);
  }
}

}  // namespace

std::vector<int> likert_counts_for(double mean, double sd, int n, int low, int high) {
  std::vector<int> counts(static_cast<size_t>(high - low + 1), 0), best;
  double best_gap = INFINITY;
  search(counts, 0, n, low, mean, sd, best, best_gap);
  return best;
}

std::vector<int> apportion(const std::vector<double>& weights, int n) {
  const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
  std::vector<int> counts(weights.size(), 0);
  std::vector<std::pair<double, size_t>> remainders;
  int given = 0;
  for (size_t i = 0; i < weights.size(); ++i) {
    const double exact = weights[i] / total * n;
    counts[i] = static_cast<int>(std::floor(exact));
    given += counts[i];
    remainders.push_back({exact - counts[i], i});
  }
  std::stable_sort(remainders.begin(), remainders.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first + 1e-12; });
  for (size_t k = 0; given < n; ++k, ++given) ++counts[remainders[k % remainders.size()].second];
  return counts;
}

std::vector<int> assign_by_propensity(const std::vector<int>& counts, const std::vector<double>& propensity,
                                      double noise, std::mt19937_64& rng) {
  std::uniform_real_distribution<double> jitter(0.0, noise);
  std::vector<std::pair<double, size_t>> ranked;
  for (size_t r = 0; r < propensity.size(); ++r) ranked.push_back({propensity[r] + jitter(rng), r});
  std::stable_sort(ranked.begin(), ranked.end());
  std::vector<int> out(propensity.size(), 0);
  size_t rank = 0;
  for (size_t value = 0; value < counts.size(); ++value)
    for (int k = 0; k < counts[value] && rank < ranked.size(); ++k)
      out[ranked[rank++].second] = static_cast<int>(value);
  return out;
}

}  // namespace filet::demo
