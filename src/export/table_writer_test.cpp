#include "export/table_writer.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "export/export_stream.hpp"

namespace filet::exports {
namespace {

const std::vector<Column> kColumns{{"Nom", 30}, {"Nombre", 10}, {"Taux", 10}, {"Date", 12}};

std::string whole(TableWriter& writer) {
  std::string out;
  while (writer.take(out)) {
  }
  return out;
}

std::string csv(Language language, const std::vector<std::vector<Cell>>& rows) {
  auto writer = open_writer(Format::csv, language, kColumns, "").value();
  for (const auto& row : rows) EXPECT_TRUE(writer->row(row));
  EXPECT_TRUE(writer->finish());
  return whole(*writer);
}

TEST(CsvExport, FrenchHasABomSemicolonsAndDecimalCommas) {
  std::string out = csv(Language::fr, {{std::string("Épicerie"), int64_t{12}, 3.25, Date{"2026-12-06"}}});
  EXPECT_EQ(out,
            "\xEF\xBB\xBF"
            "Nom;Nombre;Taux;Date\r\n"
            "Épicerie;12;3,25;2026-12-06\r\n");
}

TEST(CsvExport, EnglishHasCommasAndDecimalPoints) {
  std::string out = csv(Language::en, {{std::string("Food bank"), int64_t{-4}, 0.5, Date{"2026-12-06T14:03:00Z"}}});
  EXPECT_EQ(out,
            "\xEF\xBB\xBF"
            "Nom,Nombre,Taux,Date\r\n"
            "Food bank,-4,0.5,2026-12-06T14:03:00Z\r\n");
}

TEST(CsvExport, QuotesSeparatorsQuotesAndLineBreaks) {
  std::string fr = csv(Language::fr, {{std::string("a;b"), {}, {}, {}},
                                      {std::string("dit \"oui\""), {}, {}, {}},
                                      {std::string("ligne 1\nligne 2\r\n"), {}, {}, {}},
                                      {std::string("virgule, pas de guillemets")}});
  EXPECT_EQ(fr,
            "\xEF\xBB\xBF"
            "Nom;Nombre;Taux;Date\r\n"
            "\"a;b\";;;\r\n"
            "\"dit \"\"oui\"\"\";;;\r\n"
            "\"ligne 1\nligne 2\r\n\";;;\r\n"
            "virgule, pas de guillemets;;;\r\n");
  std::string en = csv(Language::en, {{std::string("a,b"), {}, 1.5, {}}, {std::string("a;b")}});
  EXPECT_NE(en.find("\"a,b\",,1.5,\r\n"), std::string::npos) << en;
  EXPECT_NE(en.find("\r\na;b,,,\r\n"), std::string::npos) << en;
  // A French decimal comma never needs quotes: the separator is the semicolon.
  EXPECT_NE(csv(Language::fr, {{{}, {}, 1234.5, {}}}).find("\r\n;;1234,5;\r\n"), std::string::npos);
}

TEST(CsvExport, FormulasAreDefusedButNumbersAndDatesAreNot) {
  std::string out = csv(Language::fr, {{std::string("=HYPERLINK(\"http://x\")"), int64_t{-3}, -2.5, {}},
                                       {std::string("+1;2"), {}, {}, {}},
                                       {std::string("@SUM(A1)"), {}, {}, {}},
                                       {std::string("-2")}});
  EXPECT_NE(out.find("\r\n\"'=HYPERLINK(\"\"http://x\"\")\";-3;-2,5;\r\n"), std::string::npos) << out;
  EXPECT_NE(out.find("\r\n\"'+1;2\";;;\r\n"), std::string::npos) << out;
  EXPECT_NE(out.find("\r\n'@SUM(A1);;;\r\n"), std::string::npos) << out;
  EXPECT_NE(out.find("\r\n'-2;;;\r\n"), std::string::npos) << "text that looks like a number is text";
  EXPECT_EQ(out.find("\r\n="), std::string::npos);
}

TEST(CsvExport, RowsAreHandedOutAsTheyComeNotKeptToTheEnd) {
  auto writer = open_writer(Format::csv, Language::en, kColumns, "").value();
  std::string first;
  EXPECT_TRUE(writer->take(first));
  EXPECT_EQ(first, "\xEF\xBB\xBFNom,Nombre,Taux,Date\r\n");
  ASSERT_TRUE(writer->row({std::string("one")}));
  std::string second;
  EXPECT_TRUE(writer->take(second));
  EXPECT_EQ(second, "one,,,\r\n") << "only the new row: what was taken is not kept";
  EXPECT_FALSE(writer->row({std::string("a"), {}, {}, {}, std::string("fifth")})) << "more cells than columns";
  ASSERT_TRUE(writer->finish());
  std::string last;
  EXPECT_FALSE(writer->take(last));
  EXPECT_EQ(last, "");
  EXPECT_FALSE(writer->row({std::string("late")}));
}

TEST(CsvExport, DecimalText) {
  EXPECT_EQ(decimal_text(0.1, Language::fr), "0,1");
  EXPECT_EQ(decimal_text(0.1, Language::en), "0.1");
  EXPECT_EQ(decimal_text(-12.0, Language::fr), "-12");
}

// The sheet's XML, read back from the .xlsx (a ZIP) with unzip.
std::string sheet_xml(const std::string& xlsx) {
  auto path = std::filesystem::temp_directory_path() / ("filet-xlsx-test-" + std::to_string(::getpid()) + ".xlsx");
  std::ofstream(path, std::ios::binary) << xlsx;
  std::string xml;
  if (FILE* pipe = ::popen(("unzip -p '" + path.string() + "' xl/worksheets/sheet1.xml").c_str(), "r")) {
    char buffer[4096];
    for (size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) xml.append(buffer, n);
    ::pclose(pipe);
  }
  std::filesystem::remove(path);
  return xml;
}

TEST(XlsxExport, ReadsBackWithABoldFrozenHeaderNumbersAsNumbersAndDefusedText) {
  auto writer = open_writer(Format::xlsx, Language::fr, kColumns, "Journal").value();
  EXPECT_EQ(writer->extension(), "xlsx");
  ASSERT_TRUE(writer->row({std::string("Épicerie & fils <b>"), int64_t{12}, 3.25, Date{"2026-12-06"}}));
  ASSERT_TRUE(writer->row({std::string("=1+2"), {}, {}, {}}));
  std::string before;
  EXPECT_TRUE(writer->take(before));
  EXPECT_EQ(before, "") << "an XLSX file is handed out once complete";
  ASSERT_TRUE(writer->finish());
  std::string file = whole(*writer);
  ASSERT_TRUE(file.starts_with("PK")) << "a ZIP file";
  std::string xml = sheet_xml(file);
  ASSERT_FALSE(xml.empty());
  EXPECT_NE(xml.find("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find("<col min=\"1\" max=\"1\" width=\"30.7109375\""), std::string::npos) << "column widths: " << xml;
  EXPECT_NE(xml.find("<c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t>Nom</t></is></c>"), std::string::npos)
      << "the header in the bold format: " << xml;
  EXPECT_NE(xml.find("<t>Épicerie &amp; fils &lt;b&gt;</t>"), std::string::npos) << xml;
  EXPECT_NE(xml.find("<c r=\"B2\"><v>12</v></c>"), std::string::npos) << "a number cell: " << xml;
  EXPECT_NE(xml.find("<c r=\"C2\"><v>3.25</v></c>"), std::string::npos) << xml;
  EXPECT_NE(xml.find("<t>2026-12-06</t>"), std::string::npos) << "dates as ISO text";
  EXPECT_NE(xml.find("<t>'=1+2</t>"), std::string::npos) << "formulas defused: " << xml;
  EXPECT_EQ(xml.find("<f>"), std::string::npos) << "no formula at all";
}

TEST(ExportStream, PullsBatchesAndEndsWithTheFile) {
  int batches = 0;
  ExportStream stream(open_writer(Format::csv, Language::en, {{"n"}}, "").value(),
                      [&](TableWriter& writer) -> Result<bool> {
                        ++batches;
                        TRY_VOID(writer.row({int64_t{batches}}));
                        return batches < 3;
                      });
  std::vector<std::string> chunks;
  for (bool more = true; more;) {
    std::string chunk;
    more = stream.next(chunk);
    chunks.push_back(chunk);
  }
  EXPECT_EQ(batches, 3);
  ASSERT_EQ(chunks.size(), 3u) << "one chunk per batch";
  EXPECT_EQ(chunks[0], "\xEF\xBB\xBFn\r\n1\r\n");
  EXPECT_EQ(chunks[2], "3\r\n");
  ExportStream failing(open_writer(Format::csv, Language::en, {{"n"}}, "").value(),
                       [](TableWriter&) -> Result<bool> { return fail(ErrorCode::unavailable, "database gone"); });
  std::string chunk;
  EXPECT_FALSE(failing.next(chunk)) << "a failing source ends the stream";
}

}  // namespace
}  // namespace filet::exports
