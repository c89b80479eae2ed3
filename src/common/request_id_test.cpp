#include "common/request_id.hpp"

#include <gtest/gtest.h>

#include <cctype>

#include <set>
#include <thread>
#include <vector>

#include "common/ids.hpp"

namespace filet::ids {
namespace {

bool url_safe(const std::string& id) {
  for (char c : id)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') return false;
  return true;
}

TEST(RequestId, LooksLikeARandomTokenOfTwelveBytes) {
  std::string id = request_id();
  EXPECT_EQ(id.size(), random_token(12).size());
  EXPECT_EQ(id.size(), 16U);
  EXPECT_TRUE(url_safe(id)) << id;
}

TEST(RequestId, NeverRepeatsWithinAThreadNorAcrossThreads) {
  std::vector<std::vector<std::string>> made(4);
  std::vector<std::thread> threads;
  for (auto& ids : made)
    threads.emplace_back([&ids] {
      for (int i = 0; i < 5000; ++i) ids.push_back(request_id());
    });
  for (auto& t : threads) t.join();
  std::set<std::string> seen;
  for (const auto& ids : made)
    for (const auto& id : ids) {
      EXPECT_TRUE(url_safe(id)) << id;
      EXPECT_TRUE(seen.insert(id).second) << "repeated: " << id;
    }
  EXPECT_EQ(seen.size(), 20000U);
}

}  // namespace
}  // namespace filet::ids
