#include "directory/search.hpp"

#include <gtest/gtest.h>

#include "auth/policy.hpp"
#include "core/organization_service.hpp"
#include "core/territory_service.hpp"
#include "db/testing/test_database.hpp"
#include "directory/directory_service.hpp"
#include "directory/need_taxonomy.hpp"
#include "directory/service_repository.hpp"

namespace filet::directory {
namespace {

TEST(SearchWords, FoldsAndSplitsLikeTheIndex) {
  EXPECT_EQ(search_words("Épicerie  Montréal-Nord"), (std::vector<std::string>{"epicerie", "montreal", "nord"}));
  // Stop words and elided letters go, unless nothing else is left.
  EXPECT_EQ(search_words("l’aide « alimentaire » pour les familles"),
            (std::vector<std::string>{"aide", "alimentaire", "familles"}));
  EXPECT_EQ(search_words("Food for the family"), (std::vector<std::string>{"food", "family"}));
  EXPECT_EQ(search_words("le la"), (std::vector<std::string>{"le", "la"}));
  EXPECT_EQ(search_words("parents AND enfants"), (std::vector<std::string>{"parents", "and", "enfants"}));
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
    if (!created) {  // ASSERT_ cannot return a value: fail the test without dereferencing the error
      ADD_FAILURE() << created.error().detail;
      return {};
    }
    return *created;
  }

  std::vector<std::string> names(const SearchRequest& request) {
    DirectoryService directory(pool());
    auto result = directory.search(request);
    std::vector<std::string> out;
    if (!result) {
      ADD_FAILURE() << result.error().detail;
      return out;
    }
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

// Issue 8: words people type find services through stems, need synonyms and spelling correction,
// the same on both engines.
TEST_P(DirectorySearchTest, FindsThroughStemsSynonymsAndCorrection) {
  add("Places en installation", "Places subventionnées pour les enfants de 0 à 5 ans", {"childcare.daycare"});
  add("Paniers de la semaine", "Fruits, légumes et denrées pour les familles", {"food.banks"});
  add("Accompagnement-transport", "Transport bénévole vers les rendez-vous médicaux", {"transport.accompaniment"});
  EXPECT_EQ(names({.q = "garderie"}), (std::vector<std::string>{"Places en installation"}));
  EXPECT_EQ(names({.q = "place en garderie"}), (std::vector<std::string>{"Places en installation"}));
  EXPECT_EQ(names({.q = "banque alimentaire"}), (std::vector<std::string>{"Paniers de la semaine"}));
  EXPECT_EQ(names({.q = "nourriture"}), (std::vector<std::string>{"Paniers de la semaine"}));
  EXPECT_EQ(names({.q = "légume"}), (std::vector<std::string>{"Paniers de la semaine"}));  // "légumes"
  EXPECT_EQ(names({.q = "transport rendez-vous medical"}), (std::vector<std::string>{"Accompagnement-transport"}));
  DirectoryService directory(pool());
  auto typo = directory.search({.q = "banque alimantaire"});
  ASSERT_TRUE(typo) << typo.error().detail;
  ASSERT_EQ(typo->services.size(), 1u);
  EXPECT_EQ(typo->services.front().name.fr, "Paniers de la semaine");
  EXPECT_EQ(typo->corrected_query, "banque alimentaire");
  auto found = directory.search({.q = "banque alimentaire"});
  EXPECT_FALSE(found->corrected_query);  // nothing to correct
  auto nothing = directory.search({.q = "xqzvw"});
  EXPECT_EQ(nothing->hits.total, 0);
  EXPECT_FALSE(nothing->corrected_query);
}

// A database indexed by an older version is rewritten at start, once.
TEST_P(DirectorySearchTest, RewritesAnOlderIndexOnce) {
  add("Paniers de la semaine", "Fruits et légumes", {"food.banks"});
  auto c = pool().acquire();
  ASSERT_TRUE((*c)->execute("UPDATE services SET search_text = 'paniers', needs_key = ''"));
  ASSERT_TRUE((*c)->execute("DELETE FROM settings WHERE key = 'search_text_version'"));
  EXPECT_EQ(*service_repository::refresh_search_index(**c), 1u);
  EXPECT_EQ(*service_repository::refresh_search_index(**c), 0u);
  EXPECT_EQ(names({.q = "nourriture"}), (std::vector<std::string>{"Paniers de la semaine"}));
}

FILET_ON_BOTH_ENGINES(DirectorySearchTest);

}  // namespace
}  // namespace filet::directory
