// A download's name reaches every browser: an ASCII fallback in quotes, and the UTF-8 name
// percent-encoded (RFC 6266, RFC 5987), never a quote, a CR/LF or a raw non-ASCII byte.
#include "api/attachment.hpp"

#include <gtest/gtest.h>

namespace filet::api {
namespace {

TEST(Attachment, AsciiNamesAreKeptInBothForms) {
  EXPECT_EQ(content_disposition("guide-2026.pdf"),
            "attachment; filename=\"guide-2026.pdf\"; filename*=UTF-8''guide-2026.pdf");
}

TEST(Attachment, Utf8NamesArePercentEncodedWithAnAsciiFallback) {
  EXPECT_EQ(content_disposition("Fiche séance 1.txt"),
            "attachment; filename=\"Fiche s_ance 1.txt\"; filename*=UTF-8''Fiche%20s%C3%A9ance%201.txt");
}

TEST(Attachment, QuotesBackslashesAndLineBreaksNeverReachTheHeader) {
  const auto header = content_disposition("a\"b\\c\r\nd.txt");
  EXPECT_EQ(header, "attachment; filename=\"a_b_c__d.txt\"; filename*=UTF-8''a%22b%5Cc%0D%0Ad.txt");
  EXPECT_EQ(header.find('\r'), std::string::npos);
}

TEST(Attachment, StoredFilesAreSentWholeAsTheirType) {
  auto response = attachment(std::string("%PDF-1.4"), "application/pdf", "guide.pdf");
  EXPECT_EQ(response.content_type, "application/pdf");
  EXPECT_EQ(response.body, "%PDF-1.4");
  ASSERT_EQ(response.headers.size(), 1u);
  EXPECT_EQ(response.headers[0].first, "Content-Disposition");
}

}  // namespace
}  // namespace filet::api
