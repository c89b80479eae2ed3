#pragma once
// A weighted draw for the demo's generators: each item as likely as its weight.
#include <cstdint>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace filet::demo {

using Weighted = std::vector<std::pair<std::string, int>>;

inline std::string pick(std::mt19937_64& rng, const Weighted& items) {
  int total = 0;
  for (const auto& [code, weight] : items) total += weight;
  int roll = static_cast<int>(rng() % static_cast<uint64_t>(total));
  for (const auto& [code, weight] : items) {
    if (roll < weight) return code;
    roll -= weight;
  }
  return items.back().first;
}

}  // namespace filet::demo
