// The core records as the API returns them: written in place by write_json, they must read
// byte for byte as the Boost.JSON objects the API returned before (field order, nulls, escapes).
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "core/organization.hpp"
#include "core/program.hpp"
#include "core/territory.hpp"
#include "core/user.hpp"

using namespace filet;
using namespace filet::core;
namespace json = boost::json;

namespace {
template <class Record>
std::string written(const Record& r) {
  std::string out;
  JsonWriter w(out);
  write_json(w, r);
  return out;
}
}  // namespace

TEST(RecordJson, OrganizationWithNullsAndTerritories) {
  Organization o{"id-1", "Café \"Le Phare\"\n", "community_family", "", "514-555-0100", "", {}, true, "c", "u"};
  o.territories = {{"t1", "Montréal-Nord"}, {"t2", "Saint-Léonard"}};
  json::object expected{{"id", "id-1"},
                        {"name", "Café \"Le Phare\"\n"},
                        {"sector", "community_family"},
                        {"email", nullptr},
                        {"phone", "514-555-0100"},
                        {"website", nullptr},
                        {"territory_ids", json::array{"t1", "t2"}},
                        {"territories", json::array{json::object{{"id", "t1"}, {"name", "Montréal-Nord"}},
                                                    json::object{{"id", "t2"}, {"name", "Saint-Léonard"}}}},
                        {"active", true},
                        {"created_at", "c"},
                        {"updated_at", "u"},
                        {"version", 1}};
  EXPECT_EQ(written(o), json::serialize(expected));
  o.territories.clear();
  o.active = false;
  expected["territory_ids"] = json::array{};
  expected["territories"] = json::array{};
  expected["active"] = false;
  EXPECT_EQ(written(o), json::serialize(expected));
}

TEST(RecordJson, TerritoryWithAndWithoutParent) {
  Territory t{"t1", "Montréal-Nord", "territory", "urban", "r1", "Montréal", true, "c", "u"};
  json::object expected{{"id", "t1"},         {"name", "Montréal-Nord"}, {"kind", "territory"},
                        {"setting", "urban"}, {"parent_id", "r1"},       {"parent_name", "Montréal"},
                        {"active", true},     {"created_at", "c"},       {"updated_at", "u"},
                        {"version", 1}};
  EXPECT_EQ(written(t), json::serialize(expected));
  t.parent_id.clear();
  t.parent_name.clear();
  expected["parent_id"] = nullptr;
  expected["parent_name"] = nullptr;
  EXPECT_EQ(written(t), json::serialize(expected));
}

TEST(RecordJson, ProgramWithOrganizationsAndFunders) {
  Program p{"p1", "Travail de rue", "Un\tprojet", "2026-01-01", "", {{"o1", "Halte"}}, {"Ville", "CIUSSS"}, true, "c",
            "u"};
  json::object expected{{"id", "p1"},
                        {"name", "Travail de rue"},
                        {"description", "Un\tprojet"},
                        {"starts_on", "2026-01-01"},
                        {"ends_on", nullptr},
                        {"organization_ids", json::array{"o1"}},
                        {"organizations", json::array{json::object{{"id", "o1"}, {"name", "Halte"}}}},
                        {"funders", json::array{"Ville", "CIUSSS"}},
                        {"active", true},
                        {"created_at", "c"},
                        {"updated_at", "u"},
                        {"version", 1}};
  EXPECT_EQ(written(p), json::serialize(expected));
}

TEST(RecordJson, UserWithMemberships) {
  User u{"u1",
         "marie@exemple.ca",
         "Marie",
         "fr",
         false,
         true,
         {{"o1", "Halte", auth::Role::manager}, {"o2", "Accueil", auth::Role::facilitator}},
         "c",
         "u"};
  json::object expected{
      {"id", "u1"},
      {"email", "marie@exemple.ca"},
      {"name", "Marie"},
      {"locale", "fr"},
      {"is_admin", false},
      {"active", true},
      {"memberships",
       json::array{json::object{{"organization_id", "o1"}, {"organization_name", "Halte"}, {"role", "manager"}},
                   json::object{{"organization_id", "o2"}, {"organization_name", "Accueil"}, {"role", "facilitator"}}}},
      {"created_at", "c"},
      {"updated_at", "u"},
      {"version", 1}};
  EXPECT_EQ(written(u), json::serialize(expected));
}
