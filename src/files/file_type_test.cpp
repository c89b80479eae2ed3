// The store's allow-list reads the bytes' signature and the name together: a PDF named .png, an
// HTML page or an SVG drawing are refused whatever the client declares; names are cleaned.
#include "files/file_type.hpp"

#include <gtest/gtest.h>

namespace filet::files {
namespace {

std::string zip_with(std::string_view first_entry) {
  std::string bytes("PK\x03\x04", 4);
  bytes.resize(30, '\0');  // the local header's fixed part
  bytes += first_entry;
  return bytes;
}

TEST(FileType, TheSignatureAndTheExtensionMustAgree) {
  EXPECT_EQ(detect_type("%PDF-1.4\n...", "guide.pdf"), "application/pdf");
  EXPECT_EQ(detect_type("%PDF-1.4\n...", "Guide.PDF"), "application/pdf");
  EXPECT_FALSE(detect_type("%PDF-1.4\n...", "guide.png"));
  EXPECT_EQ(detect_type("\x89PNG\r\n\x1a\nrest", "photo.png"), "image/png");
  EXPECT_EQ(detect_type("\xff\xd8\xff\xe0rest", "photo.jpeg"), "image/jpeg");
  EXPECT_EQ(detect_type("\xff\xd8\xff\xe0rest", "photo.jpg"), "image/jpeg");
  EXPECT_FALSE(detect_type("\xff\xd8\xff\xe0rest", "photo.pdf"));
}

TEST(FileType, OfficeFilesAreZipsNamedByTheirExtensionAndOdtByItsMimetype) {
  const auto zip = zip_with("[Content_Types].xml");
  EXPECT_EQ(detect_type(zip, "a.docx"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  EXPECT_EQ(detect_type(zip, "a.xlsx"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  EXPECT_EQ(detect_type(zip, "a.pptx"), "application/vnd.openxmlformats-officedocument.presentationml.presentation");
  EXPECT_FALSE(detect_type(zip, "a.zip"));
  EXPECT_FALSE(detect_type(zip, "a.odt"));  // no OpenDocument mimetype entry
  EXPECT_EQ(detect_type(zip_with("mimetypeapplication/vnd.oasis.opendocument.text"), "a.odt"),
            "application/vnd.oasis.opendocument.text");
}

TEST(FileType, PlainTextIsUtf8WithoutControlBytesNamedTxt) {
  EXPECT_EQ(detect_type("Fiche de la rencontre\nObjectifs : écouter.\n", "fiche.txt"), "text/plain; charset=utf-8");
  EXPECT_FALSE(detect_type(std::string_view("a\0b", 3), "fiche.txt"));
  EXPECT_FALSE(detect_type("\xc3\x28", "fiche.txt"));  // not UTF-8
  EXPECT_FALSE(detect_type("", "fiche.txt"));
  // HTML and SVG are never kept as such: their own names are refused.
  EXPECT_FALSE(detect_type("<html><script>alert(1)</script></html>", "page.html"));
  EXPECT_FALSE(detect_type("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", "dessin.svg"));
  EXPECT_FALSE(detect_type(std::string_view("MZ\x90\x00", 4), "outil.exe"));
}

TEST(FileType, NamesLoseTheirPathControlsAndQuotes) {
  EXPECT_EQ(clean_name("C:\\Users\\léa\\Fiche «1».pdf"), "Fiche «1».pdf");
  EXPECT_EQ(clean_name("../../etc/passwd"), "passwd");
  EXPECT_EQ(clean_name("a\"b\r\nc.txt"), "abc.txt");
  EXPECT_EQ(clean_name("..."), "fichier");
  EXPECT_EQ(clean_name(std::string(300, 'e')).size(), 200u);
  const auto cut = clean_name(std::string(199, 'e') + "é.txt");  // "é" would straddle byte 200
  EXPECT_EQ(cut, std::string(199, 'e'));
}

TEST(FileType, Sha256OfKnownBytes) {
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

}  // namespace
}  // namespace filet::files
