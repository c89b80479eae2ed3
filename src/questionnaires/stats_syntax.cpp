#include "questionnaires/stats_syntax.hpp"

#include <cctype>

namespace filet::questionnaires {
namespace {

const std::string& text_in(const Text& t, bool french) {
  return french || t.en.empty() ? t.fr : t.en;
}

bool is_text(ItemKind k) {
  return k == ItemKind::short_text || k == ItemKind::long_text;
}

// A string literal of R ("…") or SPSS ('…'), quotes and backslashes escaped, on one line.
std::string quoted(std::string_view s, char quote) {
  std::string out(1, quote);
  for (char c : s) {
    if (c == '\n' || c == '\r') {
      out += ' ';
      continue;
    }
    if (quote == '"' && (c == '"' || c == '\\')) out += '\\';
    if (quote == '\'' && c == '\'') out += '\'';  // SPSS doubles its quote
    out += c;
  }
  return out + quote;
}

}  // namespace

std::string variable_name(std::string_view column) {
  std::string out;
  for (char c : column) out += std::isalnum(static_cast<unsigned char>(c)) || c == '_' ? c : '_';
  if (out.empty() || !std::isalpha(static_cast<unsigned char>(out.front()))) out = "v_" + out;
  return out;
}

std::string r_script(const Version& version, const std::string& title, bool french, const std::string& data_file) {
  std::string r = "# Filet — " + title + "\n";
  r += french ? "# Réponses (une ligne par réponse, dans l’ordre de leurs identifiants au hasard).\n"
              : "# Answers (one row per response, in the order of their random ids).\n";
  r += "reponses <- read.csv(" + quoted(data_file, '"') +
       ", fileEncoding = \"UTF-8-BOM\", colClasses = \"character\", check.names = FALSE, na.strings = \"\")\n";
  r += "names(reponses) <- make.names(names(reponses))\n";
  for (const Item& item : version.items) {
    const std::string v = "reponses$" + variable_name(item.code);
    // read.csv made the names R-valid the same way for plain codes; "<code>/other" became "<code>.other".
    if (variable_name(item.code) != item.code)
      r += "names(reponses)[names(reponses) == make.names(" + quoted(item.code, '"') + ")] <- " +
           quoted(variable_name(item.code), '"') + "\n";
    if (item.kind == ItemKind::likert || item.kind == ItemKind::single_choice) {
      std::string levels, labels;
      for (const Option& o : item.options) {
        levels += (levels.empty() ? "" : ", ") + quoted(o.code, '"');
        labels += (labels.empty() ? "" : ", ") + quoted(text_in(o.label, french), '"');
      }
      if (item.kind == ItemKind::likert) {
        std::string scores;
        for (const Option& o : item.options)
          if (o.score) scores += (scores.empty() ? "" : ", ") + quoted(o.code, '"') + " = " + std::to_string(*o.score);
        r += v + "_score <- unname(c(" + scores + ")[" + v + "])\n";
      }
      r += v + " <- factor(" + v + ", levels = c(" + levels + "), labels = c(" + labels + "))\n";
    } else if (item.kind == ItemKind::integer || item.kind == ItemKind::decimal) {
      r += v + " <- as.numeric(" + v + ")\n";
    } else if (item.kind == ItemKind::date) {
      r += v + " <- as.Date(" + v + ")\n";
    }
    r += "attr(" + v + ", \"label\") <- " + quoted(text_in(item.label, french), '"') + "\n";
    if (item.other_specify) {
      const std::string other = variable_name(item.code + "_other");
      r += "names(reponses)[names(reponses) == make.names(" + quoted(item.code + "/other", '"') + ")] <- " +
           quoted(other, '"') + "\n";
      r += "attr(reponses$" + other + ", \"label\") <- " +
           quoted(text_in(item.label, french) + (french ? " — autre, précisez" : " — other, specify"), '"') + "\n";
    }
  }
  return r;
}

std::string spss_syntax(const Version& version, const std::string& title, bool french, const std::string& data_file) {
  std::string variables, labels, values, scores;
  for (const Item& item : version.items) {
    const std::string v = variable_name(item.code);
    const bool number = item.kind == ItemKind::integer || item.kind == ItemKind::decimal;
    variables += "  " + v + (number ? " F12.4" : is_text(item.kind) ? " A2000" : " A100") + "\n";
    labels += std::string(labels.empty() ? "  " : "  /") + v + " " + quoted(text_in(item.label, french), '\'') + "\n";
    // A multiple choice's cell holds several codes: no value label fits it.
    if (item.kind == ItemKind::likert || item.kind == ItemKind::single_choice) {
      values += std::string(values.empty() ? "  " : "  /") + v;
      for (const Option& o : item.options)
        values += "\n    " + quoted(o.code, '\'') + " " + quoted(text_in(o.label, french), '\'');
      values += "\n";
    }
    if (item.kind == ItemKind::likert) {
      scores += "NUMERIC " + v + "_score (F4.0).\n";
      for (const Option& o : item.options)
        if (o.score)
          scores +=
              "IF (" + v + " = " + quoted(o.code, '\'') + ") " + v + "_score = " + std::to_string(*o.score) + ".\n";
      scores += "VARIABLE LABELS " + v + "_score " +
                quoted(text_in(item.label, french) + (french ? " (score)" : " (score)"), '\'') + ".\n";
    }
    if (item.other_specify) {
      variables += "  " + variable_name(item.code + "_other") + " A2000\n";
      labels += "  /" + variable_name(item.code + "_other") + " " +
                quoted(text_in(item.label, french) + (french ? " — autre, précisez" : " — other, specify"), '\'') +
                "\n";
    }
  }
  std::string s = "* Filet — " + title + ".\n";
  s += french ? "* Réponses : une ligne par réponse, dans l’ordre de leurs identifiants au hasard.\n"
              : "* Answers: one row per response, in the order of their random ids.\n";
  s += "GET DATA /TYPE=TXT /FILE=" + quoted(data_file, '\'') +
       " /ENCODING='UTF8' /DELCASE=LINE /DELIMITERS=\",\" /QUALIFIER='\"' /ARRANGEMENT=DELIMITED /FIRSTCASE=2\n";
  s += " /VARIABLES=\n" + variables + ".\n";
  s += "VARIABLE LABELS\n" + labels + ".\n";
  if (!values.empty()) s += "VALUE LABELS\n" + values + ".\n";
  s += scores;
  s += "EXECUTE.\n";
  return s;
}

}  // namespace filet::questionnaires
