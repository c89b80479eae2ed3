#include "directory/hsds_encode.hpp"

#include <gtest/gtest.h>

#include <string>

namespace filet::directory {
namespace {
namespace json = boost::json;

// A JSON value as text: a string's characters, anything else serialized (30, null).
std::string text(const json::value& v) {
  return v.is_string() ? std::string(v.as_string()) : json::serialize(v);
}

NeedTerm food() {
  return {.id = "term-food",
          .taxonomy_id = "filet-needs",
          .code = "food",
          .name_fr = "Alimentation",
          .name_en = "Food",
          .open_eligibility = "Food Pantry"};
}

Service drop_in() {
  Service s;
  s.id = "svc-1";
  s.organization_id = "org-1";
  s.organization_name = "Maison de la famille";
  s.name = {"Halte-garderie", ""};  // no English name
  s.description = {"Garde ponctuelle", "Occasional care"};
  s.minimum_age = 0;
  s.maximum_age = 5;
  s.language_codes = {"fr", "es"};
  s.territory_ids = {"ter-1", "ter-unknown"};
  s.needs = {{"term-food", "food", "Alimentation", "Food"}};
  s.waiting_list_status = "waiting";
  s.waiting_list_delay_days = 30;
  s.waiting_list_as_of = "2026-11-02";
  s.verified_at = "2026-10-01T14:00:00Z";
  s.verified_by = "Noémie";
  s.updated_at = "2026-11-02T09:00:00Z";
  return s;
}

HsdsContext context(std::string lang) {
  HsdsContext c;
  c.lang = std::move(lang);
  c.terms.emplace("term-food", food());
  c.territory_names.emplace("ter-1", "Montréal-Nord");
  return c;
}

TEST(HsdsEncode, WritesTheAskedLanguageFallingBackToTheOtherAndKeepsBothInTheExtension) {
  auto fr = hsds_service(drop_in(), context("fr"));
  auto en = hsds_service(drop_in(), context("en"));
  EXPECT_EQ(text(fr.at("description")), "Garde ponctuelle");
  EXPECT_EQ(text(en.at("description")), "Occasional care");
  EXPECT_EQ(text(en.at("name")), "Halte-garderie") << "no English name: the French one";
  const auto& translations = en.at("x_filet").at("translations");
  EXPECT_EQ(text(translations.at("fr").at("name")), "Halte-garderie");
  EXPECT_EQ(text(translations.at("en").at("name")), "");
  EXPECT_EQ(text(translations.at("en").at("description")), "Occasional care");
}

TEST(HsdsEncode, CarriesTheWaitingListAndTheVerification) {
  auto out = hsds_service(drop_in(), context("fr"));
  const auto& waiting = out.at("x_filet").at("waiting_list");
  EXPECT_EQ(text(waiting.at("status")), "waiting");
  EXPECT_EQ(text(waiting.at("delay_days")), "30");
  EXPECT_EQ(text(waiting.at("as_of")), "2026-11-02");
  EXPECT_EQ(text(out.at("x_filet").at("verified_by")), "Noémie");
  EXPECT_EQ(text(out.at("assured_date")), "2026-10-01") << "the date of the verification";

  Service open = drop_in();
  open.waiting_list_status = "open";
  open.waiting_list_delay_days.reset();
  open.waiting_list_as_of.clear();
  open.verified_at.clear();
  auto plain = hsds_service(open, context("fr"));
  EXPECT_FALSE(plain.at("x_filet").at("waiting_list").as_object().contains("delay_days")) << "absent, not null";
  EXPECT_FALSE(plain.at("x_filet").at("waiting_list").as_object().contains("as_of"));
  EXPECT_FALSE(plain.contains("assured_date"));
  EXPECT_FALSE(plain.contains("url")) << "an empty address is left out";
}

TEST(HsdsEncode, NamesLanguagesNeedsAndAreasInTheAskedLanguage) {
  auto fr = hsds_service(drop_in(), context("fr"));
  auto en = hsds_service(drop_in(), context("en"));
  ASSERT_EQ(fr.at("languages").as_array().size(), 2u);
  EXPECT_EQ(text(fr.at("languages").as_array()[1].at("name")), "espagnol");
  EXPECT_EQ(text(en.at("languages").as_array()[1].at("name")), "Spanish");
  EXPECT_EQ(text(en.at("languages").as_array()[1].at("code")), "es");
  EXPECT_EQ(language_name("xx", "fr"), "xx") << "an unknown code stays as it is";

  const auto& attributes = en.at("attributes").as_array();
  ASSERT_EQ(attributes.size(), 1u);
  EXPECT_EQ(text(attributes[0].at("taxonomy_term_id")), "term-food");
  EXPECT_EQ(text(attributes[0].at("taxonomy_term").at("name")), "Food");
  EXPECT_EQ(text(attributes[0].at("taxonomy_term").at("term_uri")), "urn:openeligibility:Food%20Pantry");

  const auto& areas = fr.at("service_areas").as_array();
  ASSERT_EQ(areas.size(), 2u);
  EXPECT_EQ(text(areas[0].at("name")), "Montréal-Nord");
  EXPECT_EQ(text(areas[0].at("uri")), "filet:territory:ter-1");
  EXPECT_EQ(text(areas[1].at("name")), "ter-unknown") << "a territory without a name keeps its id";
}

TEST(HsdsEncode, WritesImportedFieldsBackUnderFiletsOwn) {
  Service s = drop_in();
  s.document = json::parse(R"({
    "name": "Ancien nom",
    "contacts": [{"id": "c1", "name": "Accueil"}],
    "phones": [{"id": "p1", "number": "514-555-0100", "extension": "12"},
               {"id": "p2", "number": "514-555-0101", "extension": "poste 3"}],
    "languages": [{"id": "l-es", "code": "ES", "name": "Español"}, {"id": "l-it", "code": "it", "name": "Italiano"}],
    "attributes": [{"id": "a-old", "taxonomy_term_id": "term-food", "value": "imported"},
                   {"id": "a-other", "taxonomy_term_id": "someone-elses-term"}]
  })")
                   .as_object();
  auto out = hsds_service(s, context("fr"));
  EXPECT_EQ(text(out.at("name")), "Halte-garderie") << "Filet's field over the imported one";
  EXPECT_EQ(text(out.at("contacts").as_array()[0].at("name")), "Accueil")
      << "fields Filet does not model, as they came";
  EXPECT_EQ(text(out.at("phones").as_array()[0].at("extension")), "12") << "HSDS wants a number";
  EXPECT_FALSE(out.at("phones").as_array()[1].as_object().contains("extension")) << "not a number: left out";

  const auto& languages = out.at("languages").as_array();
  ASSERT_EQ(languages.size(), 2u) << "Spanish as imported, French from Filet, Italian no longer spoken";
  EXPECT_EQ(text(languages[0].at("name")), "Español");
  EXPECT_EQ(text(languages[1].at("code")), "fr");

  const auto& attributes = out.at("attributes").as_array();
  ASSERT_EQ(attributes.size(), 2u);
  EXPECT_EQ(text(attributes[0].at("id")), "a-old") << "the imported attribute of a need still there";
  EXPECT_EQ(text(attributes[1].at("id")), "a-other") << "a term Filet does not know, kept";

  s.needs.clear();
  auto without_need = hsds_service(s, context("fr"));
  ASSERT_EQ(without_need.at("attributes").as_array().size(), 1u) << "a need removed in Filet is not exported";
  EXPECT_EQ(text(without_need.at("attributes").as_array()[0].at("id")), "a-other");
}

}  // namespace
}  // namespace filet::directory
