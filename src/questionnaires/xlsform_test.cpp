// XLSForm in and out: a round trip gives the same questionnaire, a file written the way ODK and
// KoboToolbox users write it reads as expected, and every malformed row is reported by sheet and
// row with its French and English message.
#include "questionnaires/xlsform.hpp"

#include <gtest/gtest.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "questionnaires/questionnaire_test_support.hpp"

namespace filet::questionnaires::xlsform {
namespace {

using Sheet = std::pair<std::string, std::vector<std::vector<std::string>>>;

// A workbook as a person would make it, written with libxlsxwriter.
std::string workbook(const std::vector<Sheet>& sheets) {
  std::string path = (std::filesystem::temp_directory_path() / "filet-xlsform-test-XXXXXX").string();
  close(mkstemp(path.data()));
  lxw_workbook* book = workbook_new(path.c_str());
  for (const auto& [name, rows] : sheets) {
    lxw_worksheet* sheet = workbook_add_worksheet(book, name.c_str());
    for (size_t r = 0; r < rows.size(); ++r)
      for (size_t c = 0; c < rows[r].size(); ++c)
        if (!rows[r][c].empty()) worksheet_write_string(sheet, r, c, rows[r][c].c_str(), nullptr);
  }
  EXPECT_EQ(workbook_close(book), LXW_NO_ERROR);
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  std::filesystem::remove(path);
  return bytes.str();
}

Form appreciation_form() {
  Form form{"appreciation", {"Appréciation et retombées", "Appreciation and outcomes"}, testing::appreciation()};
  form.version.id = form.version.questionnaire_id = form.version.created_at = "";
  form.version.items[3].other_specify = true;
  form.version.items[3].relevant->values = {"non", "oui"};
  form.version.items[7].relevant = Condition{"pourquoi", {"other"}};  // on a multiple choice: selected()
  return form;
}

TEST(XlsForm, ARoundTripGivesTheSameQuestionnaire) {
  const Form form = appreciation_form();
  auto bytes = write(form);
  ASSERT_TRUE(bytes) << bytes.error().detail;
  auto back = read(*bytes);
  ASSERT_TRUE(back) << (back.error().fields.empty() ? back.error().detail : back.error().fields[0].field);
  EXPECT_EQ(*back, form);
  auto again = read(*write(*back));
  ASSERT_TRUE(again);
  EXPECT_EQ(*again, form);
}

TEST(XlsForm, AFormWrittenTheKoboWayReads) {
  const std::string bytes = workbook({
      {"survey",
       {{"type", "name", "label", "label::English (en)", "required", "relevant", "appearance"},
        {"begin group", "accueil", "Accueil", "Welcome"},
        {"select_one satisf", "q1", "L’accueil", "The welcome", "TRUE", "", "likert"},
        {"select_multiple raisons", "q2", "Pourquoi ?", "Why?", "", "", ""},
        {"end group"},
        {"text", "q3", "Précisez", "Specify", "", "selected(${q2}, 'autre') or selected(${q2}, 'horaire')"},
        {"text", "q4", "Commentaires", "Comments", "no", "", "multiline"},
        {"integer", "q5", "Âge", "Age"},
        {"decimal", "q6", "Montant", "Amount"},
        {"date", "q7", "Date", "Date"}}},
      {"choices",
       {{"list_name", "name", "label", "label::English (en)"},
        {"satisf", "1", "Insatisfait·e", "Dissatisfied"},
        {"satisf", "2", "Satisfait·e", "Satisfied"},
        {"satisf", "nsp", "Ne sais pas", "Don't know"},
        {"raisons", "horaire", "Horaire", "Schedule"},
        {"raisons", "autre", "Autre", "Other"}}},
      {"settings", {{"form_title", "form_id"}, {"Questionnaire", "q2026"}}},
  });
  auto form = read(bytes);
  ASSERT_TRUE(form) << (form.error().fields.empty() ? form.error().detail : form.error().fields[0].field);
  EXPECT_EQ(form->form_id, "q2026");
  EXPECT_EQ(form->title.fr, "Questionnaire");  // one title: both languages
  EXPECT_EQ(form->title.en, "Questionnaire");
  const Version& v = form->version;
  ASSERT_EQ(v.sections.size(), 1u);
  EXPECT_EQ(v.sections[0].label.en, "Welcome");
  ASSERT_EQ(v.items.size(), 7u);
  EXPECT_EQ(v.items[0].kind, ItemKind::likert);
  EXPECT_TRUE(v.items[0].required);
  EXPECT_EQ(v.items[0].section, "accueil");
  EXPECT_EQ(v.items[0].options[1].score, 2);
  EXPECT_FALSE(v.items[0].options[2].score);  // "nsp": off the scale
  EXPECT_EQ(v.items[1].kind, ItemKind::multiple_choice);
  EXPECT_EQ(v.items[2].section, "");
  EXPECT_EQ(v.items[2].relevant, (Condition{"q2", {"autre", "horaire"}}));
  EXPECT_EQ(v.items[3].kind, ItemKind::long_text);
  EXPECT_FALSE(v.items[3].required);
  EXPECT_EQ(v.items[4].kind, ItemKind::integer);
  EXPECT_EQ(v.items[5].kind, ItemKind::decimal);
  EXPECT_EQ(v.items[6].kind, ItemKind::date);
}

std::vector<std::string> fields_of(const Error& e) {
  std::vector<std::string> out;
  for (const FieldError& f : e.fields) out.push_back(f.field);
  return out;
}

TEST(XlsForm, EveryMalformedRowIsReportedBySheetAndRow) {
  const std::string bytes = workbook({
      {"survey",
       {{"type", "name", "label::Français (fr)", "label::English (en)", "required", "relevant"},
        {"end_group"},                                      // row 2: no group open
        {"select_one absente", "q1", "Un", "One"},          // row 3: no such list
        {"geopoint", "q2", "Lieu", "Place"},                // row 4: not supported
        {"text", "", "Sans nom", "No name"},                // row 5: no name
        {"text", "q3", "Trois", "Three", "peut-être"},      // row 6: required?
        {"text", "q4", "Quatre", "Four", "", "${q1} > 2"},  // row 7: a condition Filet does not read
        {"begin_group", "g", "Groupe", "Group"}}},          // row 8: never closed
      {"choices",
       {{"list_name", "name", "label::Français (fr)", "label::English (en)"}, {"oui_non", "", "Oui", "Yes"}}},
      {"settings", {{"form_id", "form_title::Français (fr)"}, {"", "Titre"}}},
  });
  auto form = read(bytes);
  ASSERT_FALSE(form);
  EXPECT_EQ(form.error().code, ErrorCode::validation_failed);
  const auto fields = fields_of(form.error());
  for (const char* expected :
       {"survey[2].type", "survey[3].type", "survey[4].type", "survey[5].name", "survey[6].required",
        "survey[7].relevant", "survey[8].type", "choices[2].name", "settings[2].form_id", "settings[2].form_title_en"})
    EXPECT_NE(std::ranges::find(fields, expected), fields.end()) << expected;
  for (const FieldError& f : form.error().fields) {
    const FieldMessage m = field_message(f);
    EXPECT_NE(m.fr.find(f.field), std::string::npos) << m.fr;  // the place, in both languages
    EXPECT_NE(m.en.find(f.field), std::string::npos) << m.en;
    EXPECT_NE(m.fr, m.en);
  }
}

TEST(XlsForm, TheVersionRulesNameTheRowsToo) {
  const std::string bytes = workbook({
      {"survey",
       {{"type", "name", "label::Français (fr)", "label::English (en)", "relevant"},
        {"select_one on", "q1", "Un", "One"},
        {"text", "q1", "Deux", ""},                                 // row 3: duplicate name, no English
        {"text", "q3", "Trois", "Three", "${q1} = 'peut-etre'"}}},  // row 4: not an option of q1
      {"choices",
       {{"list_name", "name", "label::Français (fr)", "label::English (en)"},
        {"on", "oui", "Oui", "Yes"},
        {"on", "oui", "Non", "No"}}},  // row 3: duplicate option
      {"settings", {{"form_id", "form_title::Français (fr)", "form_title::English (en)"}, {"f", "Titre", "Title"}}},
  });
  auto form = read(bytes);
  ASSERT_FALSE(form);
  const auto fields = fields_of(form.error());
  for (const char* expected : {"survey[3].code", "survey[3].label_en", "survey[4].relevant", "choices[3].code"})
    EXPECT_NE(std::ranges::find(fields, expected), fields.end()) << expected;
}

TEST(XlsForm, AFileThatIsNoWorkbookIsABadRequest) {
  EXPECT_EQ(read("pas un classeur").error().code, ErrorCode::bad_request);
  EXPECT_EQ(read("").error().code, ErrorCode::bad_request);
  std::string truncated = *write(appreciation_form());
  truncated.resize(truncated.size() / 2);
  EXPECT_EQ(read(truncated).error().code, ErrorCode::bad_request);
  // A workbook without the XLSForm sheets: reported by name.
  auto empty = read(workbook({{"Feuil1", {{"a"}}}}));
  ASSERT_FALSE(empty);
  EXPECT_EQ(fields_of(empty.error()), (std::vector<std::string>{"survey", "settings"}));
}

}  // namespace
}  // namespace filet::questionnaires::xlsform
