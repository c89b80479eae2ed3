#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "families/family_export.hpp"
#include "families/family_fields.hpp"

namespace filet::families {
namespace {

boost::json::object exported() {
  return {{"exported_at", "2026-12-07T03:00:00Z"},
          {"family", {{"code", "BOTA-27"}, {"notes", "<script>alert('x')</script> & co"}, {"single_parent", true}}},
          {"identity", {{"names", "Élodie \"Lou\" Tremblay"}, {"phone", nullptr}}},
          {"consents", boost::json::array{}},
          {"history", boost::json::array{{{"entity", "family"}, {"previous", {{"notes", "<i>avant</i>"}}}}}}};
}

TEST(ExportPage, EscapesEveryValueAndSpeaksTheLanguageAsked) {
  (void)kFamilyFields;  // its labels are registered
  auto fr = export_page(exported(), "fr");
  EXPECT_NE(fr.find("<html lang=\"fr\">"), std::string::npos);
  EXPECT_NE(fr.find("Renseignements détenus sur la famille BOTA-27"), std::string::npos);
  EXPECT_NE(fr.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co"), std::string::npos);
  EXPECT_EQ(fr.find("<script>"), std::string::npos);
  EXPECT_EQ(fr.find("<i>avant"), std::string::npos);
  EXPECT_NE(fr.find("Élodie &quot;Lou&quot; Tremblay"), std::string::npos);
  EXPECT_NE(fr.find("<dd>oui</dd>"), std::string::npos);
  EXPECT_NE(fr.find("<dd>—</dd>"), std::string::npos);
  EXPECT_NE(fr.find("Aucun élément."), std::string::npos);  // no consent
  auto en = export_page(exported(), "en");
  EXPECT_NE(en.find("<html lang=\"en\">"), std::string::npos);
  EXPECT_NE(en.find("Information held about family BOTA-27"), std::string::npos);
  EXPECT_NE(en.find("<dd>yes</dd>"), std::string::npos);
  EXPECT_NE(en.find("None."), std::string::npos);
}

}  // namespace
}  // namespace filet::families
