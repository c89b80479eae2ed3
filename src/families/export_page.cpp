// The Law 25 export as a page a person reads (family_export.hpp): headings and field labels in
// French or English, values escaped; codes of reference lists shown as stored.
#include <boost/json.hpp>
#include <string_view>

#include "common/fields.hpp"
#include "families/family_export.hpp"

namespace filet::families {
namespace json = boost::json;
namespace {

struct Words {
  std::string_view fr, en;
};

std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char ch : text) {
    switch (ch) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += ch;
    }
  }
  return out;
}

class Page {
 public:
  explicit Page(bool fr) : fr_(fr) {}
  std::string_view say(Words w) const { return fr_ ? w.fr : w.en; }

  std::string value(const json::value& v) const {
    if (v.is_null()) return "—";
    if (v.is_bool()) return std::string(v.as_bool() ? say({"oui", "yes"}) : say({"non", "no"}));
    if (v.is_string()) return escape(v.as_string());
    if (v.is_array()) {
      std::string out;
      for (const auto& item : v.as_array()) {
        if (!out.empty()) out += ", ";
        out += item.is_string() ? escape(item.as_string()) : escape(json::serialize(item));
      }
      return out.empty() ? "—" : out;
    }
    return escape(json::serialize(v));
  }

  std::string label(std::string_view key) const {
    if (const auto* l = fields::label_of(key)) return escape(fr_ ? l->fr : l->en);
    return escape(key);
  }

  void record(std::string& out, const json::object& o) const {
    out += "<dl>\n";
    for (const auto& [key, v] : o) {
      if (v.is_object()) continue;  // a kept version's record: shown below it
      out += "<dt>" + label(key) + "</dt><dd>" + value(v) + "</dd>\n";
    }
    out += "</dl>\n";
    for (const auto& [key, v] : o)
      if (v.is_object()) {
        out += "<details><summary>" + label(key) + "</summary>\n";
        record(out, v.as_object());
        out += "</details>\n";
      }
  }

  void section(std::string& out, const json::object& exported, std::string_view key, Words title) const {
    out += "<section>\n<h2>" + std::string(say(title)) + "</h2>\n";
    const auto* v = exported.if_contains(key);
    if (v && v->is_object()) {
      record(out, v->as_object());
    } else if (v && v->is_array() && !v->as_array().empty()) {
      int n = 0;
      for (const auto& item : v->as_array()) {
        out += "<h3>" + std::string(say(title)) + " " + std::to_string(++n) + "</h3>\n";
        if (item.is_object()) record(out, item.as_object());
      }
    } else {
      out += "<p>" + std::string(say({"Aucun élément.", "None."})) + "</p>\n";
    }
    out += "</section>\n";
  }

 private:
  bool fr_;
};

}  // namespace

std::string export_page(const json::object& exported, const std::string& lang) {
  Page page(lang != "en");
  std::string code;
  if (const auto* family = exported.if_contains("family"); family && family->is_object())
    if (const auto* c = family->as_object().if_contains("code"); c && c->is_string()) code = escape(c->as_string());
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"" + std::string(lang == "en" ? "en" : "fr") +
      "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
      std::string(page.say({"Renseignements détenus sur la famille ", "Information held about family "})) + code +
      "</title>\n</head>\n<body>\n<main>\n<h1>" +
      std::string(page.say({"Renseignements détenus sur la famille ", "Information held about family "})) + code +
      "</h1>\n<p>" +
      std::string(page.say({"Loi 25, article 27. Exporté le ", "Quebec's Law 25, section 27. Exported on "})) +
      page.value(exported.at("exported_at")) + ".</p>\n";
  page.section(out, exported, "family", {"Famille", "Family"});
  page.section(out, exported, "identity", {"Identité", "Identity"});
  page.section(out, exported, "consents", {"Consentement", "Consent"});
  page.section(out, exported, "contacts", {"Contact", "Contact"});
  page.section(out, exported, "check_ins", {"Bilan", "Check-in"});
  page.section(out, exported, "history", {"Version antérieure", "Previous version"});
  page.section(out, exported, "audit", {"Entrée du journal d’audit", "Audit log entry"});
  out += "</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace filet::families
