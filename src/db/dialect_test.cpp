#include "db/dialect.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "db/testing/test_database.hpp"

// Each piece of the dialect runs on real rows of both engines and must give the same answer.
namespace filet::db::dialect {
namespace {

using DialectTest = testing::EngineTest;
using Counts = std::vector<std::pair<std::string, int64_t>>;

constexpr const char* kNow = "2026-12-06T00:00:00Z";

// Audit entries at moments around the turns of a week, a quarter and Quebec's fiscal year.
void add_audit_entries(Connection& c) {
  for (const char* at : {"2026-03-29T23:00:00Z", "2026-03-30T08:00:00Z", "2026-03-31", "2026-04-01T00:00:00Z",
                         "2026-12-31T12:00:00Z", "2027-01-03T10:00:00Z"})
    ASSERT_TRUE(
        c.execute("INSERT INTO audit_log (at, action, entity) VALUES (?, 'create', 'service')", {std::string(at)}));
}

Counts count_by(Connection& c, Period period) {
  std::string bucket = period_of(c.engine(), period, "at");
  auto rows = c.query("SELECT " + bucket + ", COUNT(*) FROM audit_log GROUP BY " + bucket + " ORDER BY 1");
  EXPECT_TRUE(rows) << rows.error().detail;
  Counts out;
  if (rows)
    for (const auto& row : *rows) out.emplace_back(row.text(0), row.integer(1));
  return out;
}

TEST_P(DialectTest, BucketsDatesByWeekMonthQuarterFiscalAndCalendarYear) {
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  add_audit_entries(**c);
  EXPECT_EQ(count_by(**c, Period::week), (Counts{{"2026-03-23", 1}, {"2026-03-30", 3}, {"2026-12-28", 2}}));
  EXPECT_EQ(count_by(**c, Period::month), (Counts{{"2026-03", 3}, {"2026-04", 1}, {"2026-12", 1}, {"2027-01", 1}}));
  EXPECT_EQ(count_by(**c, Period::quarter), (Counts{{"2026-Q1", 3}, {"2026-Q2", 1}, {"2026-Q4", 1}, {"2027-Q1", 1}}));
  // 31 March 2026 closes the fiscal year 2025-2026; 1 April opens 2026-2027, which 3 January 2027 is in.
  EXPECT_EQ(count_by(**c, Period::fiscal_year), (Counts{{"2025-2026", 3}, {"2026-2027", 3}}));
  EXPECT_EQ(count_by(**c, Period::year), (Counts{{"2026", 5}, {"2027", 1}}));
}

void add_organization(Connection& c, const std::string& id, const std::string& name) {
  ASSERT_TRUE(c.execute(
      "INSERT INTO organizations (id, name, search_key, sector, created_at, updated_at) VALUES (?, ?, ?, 'community', "
      "?, ?)",
      {id, name, name, std::string(kNow), std::string(kNow)}));
}

TEST_P(DialectTest, JoinsTextInOrder) {
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  add_organization(**c, "o1", "Maison des familles");
  add_organization(**c, "o2", "Carrefour");
  int n = 0;
  for (const auto& [organization, territory] : std::vector<std::pair<std::string, std::string>>{
           {"o1", "Verdun"}, {"o1", "Anjou"}, {"o1", "Lachine"}, {"o2", "Outremont"}}) {
    std::string id = "t" + std::to_string(++n);
    ASSERT_TRUE((*c)->execute(
        "INSERT INTO territories (id, name, search_key, kind, setting, created_at, updated_at) VALUES (?, ?, ?, "
        "'territory', 'urban', ?, ?)",
        {id, territory, territory, std::string(kNow), std::string(kNow)}));
    ASSERT_TRUE((*c)->execute("INSERT INTO organization_territories (organization_id, territory_id) VALUES (?, ?)",
                              {organization, id}));
  }
  auto rows = (*c)->query("SELECT organization, " + joined_text((*c)->engine(), "territory", ", ") +
                          " FROM (SELECT o.name AS organization, t.name AS territory FROM organizations o"
                          " JOIN organization_territories ot ON ot.organization_id = o.id"
                          " JOIN territories t ON t.id = ot.territory_id ORDER BY o.name, t.name) AS pairs"
                          " GROUP BY organization ORDER BY organization");
  ASSERT_TRUE(rows) << rows.error().detail;
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ((*rows)[0].text(0), "Carrefour");
  EXPECT_EQ((*rows)[0].text(1), "Outremont");
  EXPECT_EQ((*rows)[1].text(0), "Maison des familles");
  EXPECT_EQ((*rows)[1].text(1), "Anjou, Lachine, Verdun");
}

TEST_P(DialectTest, MatchesWordsInTheTextAndTokensInTheFilters) {
  auto c = pool().acquire();
  ASSERT_TRUE(c);
  add_organization(**c, "o1", "Maison des familles");
  struct Row {
    const char* id;
    const char* text;
    const char* filters;
  };
  int64_t rowid = 0;
  for (const Row& s :
       {Row{"free-food", "aide alimentaire gratuite", "zzfree zzlangfr"},
        Row{"paid-food", "aide alimentaire", "zzlangfr"}, Row{"says-free", "aide alimentaire zzfree", "zzlangen"},
        Row{"clothes", "friperie vetements", "zzfree"}}) {
    ++rowid;
    ASSERT_TRUE((*c)->execute(
        "INSERT INTO services (id, organization_id, name_fr, search_text, filter_text, fts_rowid, created_at, "
        "updated_at) VALUES (?, 'o1', ?, ?, ?, ?, ?, ?)",
        {std::string(s.id), std::string(s.id), std::string(s.text), std::string(s.filters), rowid, std::string(kNow),
         std::string(kNow)}));
    if ((*c)->engine() == Engine::sqlite)  // SQLite's full-text rows live in their own table
      ASSERT_TRUE(
          (*c)->execute("INSERT INTO services_fts (rowid, service_id, search_text, filter_text) VALUES (?, ?, ?, ?)",
                        {rowid, std::string(s.id), std::string(s.text), std::string(s.filters)}));
  }
  auto found = [&](const std::vector<std::string>& words, const std::vector<std::string>& tokens) {
    Condition match = full_text_match((*c)->engine(), "s", words, tokens);
    auto rows = (*c)->query("SELECT s.id FROM services s WHERE " + match.sql + " ORDER BY s.id", match.params);
    EXPECT_TRUE(rows) << rows.error().detail;
    std::vector<std::string> ids;
    if (rows)
      for (const auto& row : *rows) ids.push_back(row.text(0));
    return ids;
  };
  EXPECT_EQ(found({"aide", "alim"}, {}), (std::vector<std::string>{"free-food", "paid-food", "says-free"}));
  // A description saying "zzfree" is not the filter.
  EXPECT_EQ(found({"aide", "alim"}, {"zzfree"}), (std::vector<std::string>{"free-food"}));
  EXPECT_EQ(found({}, {"zzfree"}), (std::vector<std::string>{"clothes", "free-food"}));
  EXPECT_EQ(found({"alim"}, {"zzlangfr", "zzfree"}), (std::vector<std::string>{"free-food"}));
  EXPECT_TRUE(full_text_match((*c)->engine(), "s", {}, {}).sql.empty());
}

FILET_ON_BOTH_ENGINES(DialectTest);

}  // namespace
}  // namespace filet::db::dialect
