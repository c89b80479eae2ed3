#pragma once
// Test support: a fresh, migrated database per test, on SQLite (a temporary file) or on the
// PostgreSQL server named by FILET_TEST_PG (a fresh schema). Repository and service tests are
// parameterized over both engines so that the same assertions hold on each.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "db/pool.hpp"

namespace filet::testing {

class EngineTest : public ::testing::TestWithParam<db::Engine> {
 protected:
  void SetUp() override;
  void TearDown() override;
  db::Pool& pool() { return *pool_; }
  std::string url() const { return url_; }

 private:
  std::unique_ptr<db::Pool> pool_;
  std::string url_;
  std::string cleanup_;  // file or schema to drop
};

std::string engine_name(const ::testing::TestParamInfo<db::Engine>& info);

}  // namespace filet::testing

#define FILET_ON_BOTH_ENGINES(suite)                                                                    \
  INSTANTIATE_TEST_SUITE_P(Engines, suite,                                                              \
                           ::testing::Values(filet::db::Engine::sqlite, filet::db::Engine::postgresql), \
                           filet::testing::engine_name)
