#include "db/testing/test_database.hpp"

#include <cstdlib>
#include <filesystem>

#include "app/application.hpp"
#include "common/ids.hpp"

namespace filet::testing {

std::string engine_name(const ::testing::TestParamInfo<db::Engine>& info) {
  return info.param == db::Engine::sqlite ? "SQLite" : "PostgreSQL";
}

void EngineTest::SetUp() {
  std::string suffix = ids::random_token(6);
  for (char& c : suffix) c = std::isalnum(static_cast<unsigned char>(c)) ? std::tolower(c) : 'x';
  if (GetParam() == db::Engine::sqlite) {
    cleanup_ = (std::filesystem::temp_directory_path() / ("filet-test-" + suffix + ".db")).string();
    url_ = "sqlite:" + cleanup_;
  } else {
    const char* server = std::getenv("FILET_TEST_PG");
    if (!server || !*server) GTEST_SKIP() << "FILET_TEST_PG is not set (make test sets it)";
    cleanup_ = "t_" + suffix;
    auto admin = db::connect(server);
    ASSERT_TRUE(admin) << admin.error().detail;
    ASSERT_TRUE((*admin)->execute_script("CREATE SCHEMA " + cleanup_));
    std::string base = server;
    url_ = base + (base.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + cleanup_;
  }
  auto pool = app::open_database(url_, 4);
  ASSERT_TRUE(pool) << pool.error().detail;
  pool_ = std::move(*pool);
}

void EngineTest::TearDown() {
  if (pool_) pool_->close(std::chrono::seconds(1));
  pool_.reset();
  if (cleanup_.empty()) return;
  if (GetParam() == db::Engine::sqlite) {
    for (const char* ext : {"", "-wal", "-shm"}) std::filesystem::remove(cleanup_ + ext);
  } else if (auto admin = db::connect(std::getenv("FILET_TEST_PG"))) {
    (void)(*admin)->execute_script("DROP SCHEMA " + cleanup_ + " CASCADE");
  }
}

}  // namespace filet::testing
