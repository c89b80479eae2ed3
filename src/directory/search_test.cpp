#include "directory/search.hpp"

#include <gtest/gtest.h>

#include "auth/policy.hpp"
#include "core/organization_service.hpp"
#include "core/territory_service.hpp"
#include "db/testing/test_database.hpp"
#include "directory/directory_service.hpp"
#include "directory/need_taxonomy.hpp"

namespace filet::directory {
namespace {

TEST(SearchWords, FoldsAndSplitsLikeTheIndex) {
  EXPECT_EQ(search_words("Épicerie  Montréal-Nord"), (std::vector<std::string>{"epicerie", "montreal", "nord"}));
  EXPECT_EQ(search_words("l’aide « alimentaire »"), (std::vector<std::string>{"l", "aide", "alimentaire"}));
  EXPECT_TRUE(search_words(" ,;- ").empty());
}

TEST(Distance, MatchesKnownDistances) {
  // Montréal-Nord to downtown Montréal is about 12 km.
  EXPECT_NEAR(distance_km(45.5947, -73.6329, 45.5017, -73.5673), 11.5, 1.0);
  EXPECT_DOUBLE_EQ(distance_km(45.5, -73.6, 45.5, -73.6), 0.0);
}

class DirectorySearchTest : public testing::EngineTest {
 protected:
  void SetUp() override {
    EngineTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    core::TerritoryService territories(pool());
    core::OrganizationService organizations(pool());
    audit::Actor actor{"", "test", ""};
    auto region = territories.create(actor, {.name = "Montréal", .kind = "region", .setting = "urban"});
    auto nord = territories.create(
        actor, {.name = "Montréal-Nord", .kind = "territory", .setting = "urban", .parent_id = region->id});
    region_id = region->id;
    core::OrganizationChanges changes{.name = "Maison de la famille", .sector = "community_family"};
    changes.territory_ids = std::vector<std::string>{nord->id};
    organization_id = organizations.create(actor, changes)->id;
    auto c = pool().acquire();
    auto terms = all_terms(**c);
    for (const auto& t : *terms) term_ids[t.code] = t.id;
  }

  Service add(std::string name, std::string description, std::vector<std::string> needs, bool free = false,
              std::string byday = "MO") {
    DirectoryService directory(pool());
    const db::Scope host = auth::ScopeIssuer::for_host();
    ServiceChanges changes;
    changes.organization_id = organization_id;
    changes.name_fr = name;
    changes.description_fr = description;
    changes.is_free = free;
    std::vector<std::string> ids;
    for (const auto& code : needs) ids.push_back(term_ids.at(code));
    changes.need_ids = ids;
    changes.language_codes = std::vector<std::string>{"fr", "es"};
    changes.schedules = boost::json::array{{{"byday", byday}, {"opens_at", "09:00"}, {"closes_at", "12:00"}}};
    auto created = directory.create({"", "test", ""}, host, changes);
    EXPECT_TRUE(created) << created.error().detail;
    return *created;
  }

  std::vector<std::string> names(const SearchRequest& request) {
    DirectoryService directory(pool());
    auto result = directory.search(request);
    EXPECT_TRUE(result) << result.error().detail;
    std::vector<std::string> out;
    for (const auto& s : result->services) out.push_back(s.name.fr);
    return out;
  }

  std::string region_id, organization_id;
  std::map<std::string, std::string> term_ids;
};

TEST_P(DirectorySearchTest, FindsWithoutAccentsAndRanksNamesFirst) {
  add("Cuisine collective", "Préparer des repas et de l'aide alimentaire pour la semaine", {"food"});
  add("Épicerie solidaire", "Aide alimentaire à petit prix", {"food"}, true);
  add("Halte-garderie", "Garde d'enfants pendant les ateliers", {"childcare"});
  EXPECT_EQ(names({.q = "epicerie"}), (std::vector<std::string>{"Épicerie solidaire"}));
  EXPECT_EQ(names({.q = "EPICERIE"}), (std::vector<std::string>{"Épicerie solidaire"}));
  // Both words must match; the name match ranks first.
  EXPECT_EQ(names({.q = "aide alimentaire"}), (std::vector<std::string>{"Cuisine collective", "Épicerie solidaire"}));
  EXPECT_EQ(names({.q = "épicerie aide"}), (std::vector<std::string>{"Épicerie solidaire"}));
  EXPECT_EQ(names({.q = "cuisine"}).front(), "Cuisine collective");
  EXPECT_EQ(names({.q = "collec"}), (std::vector<std::string>{"Cuisine collective"}));  // word prefix
}

TEST_P(DirectorySearchTest, FiltersCombine) {
  add("Épicerie solidaire", "Aide alimentaire", {"food"}, true, "MO,WE");
  add("Banque alimentaire", "Dépannage", {"food"}, false, "FR");
  add("Halte-garderie", "Garde", {"childcare"}, true, "MO");
  EXPECT_EQ(names({.need_code = "food"}).size(), 2u);
  EXPECT_EQ(names({.need_code = "food", .free_only = true}), (std::vector<std::string>{"Épicerie solidaire"}));
  EXPECT_EQ(names({.weekday = 5}), (std::vector<std::string>{"Banque alimentaire"}));
  EXPECT_EQ(names({.territory_id = region_id}).size(), 3u);  // services of a sub-territory count
  EXPECT_EQ(names({.language = "es"}).size(), 3u);
  EXPECT_TRUE(names({.language = "zh"}).empty());
  DirectoryService directory(pool());
  EXPECT_EQ(directory.search({.need_code = "no.such.need"}).error().code, ErrorCode::bad_query);
}

// Issue 6, item 6: filter words written in a description are text, never a filter.
TEST_P(DirectorySearchTest, FilterWordsInUserTextMatchNoFilter) {
  add("Paniers", "Vraiment zzfree et zzlangzh zzday5 zzneedx", {"food"}, false, "MO");
  add("Gratuit", "Un vrai service gratuit", {"food"}, true, "MO");
  EXPECT_EQ(names({.free_only = true}), (std::vector<std::string>{"Gratuit"}));
  EXPECT_TRUE(names({.language = "zh"}).empty());
  EXPECT_TRUE(names({.weekday = 5}).empty());
  EXPECT_EQ(names({.q = "zzfree"}), (std::vector<std::string>{"Paniers"}));  // found as a word, as written
  EXPECT_TRUE(names({.q = "zzfree", .free_only = true}).empty());
  EXPECT_EQ(names({.q = "gratuit", .need_code = "food", .free_only = true}), (std::vector<std::string>{"Gratuit"}));
}

FILET_ON_BOTH_ENGINES(DirectorySearchTest);

}  // namespace
}  // namespace filet::directory
