#include "files/file_type.hpp"

#include <sodium.h>

#include "common/text.hpp"

namespace filet::files {
namespace {

std::string extension_of(std::string_view name) {
  auto dot = name.rfind('.');
  if (dot == std::string_view::npos) return {};
  return text::lower_ascii(name.substr(dot + 1));
}

bool plain_text(std::string_view bytes) {
  if (!text::is_valid_utf8(bytes)) return false;
  for (unsigned char ch : bytes)
    if (ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t' && ch != '\f') return false;
  return true;
}

// An OpenDocument file begins with its uncompressed "mimetype" entry (ODF 1.2, part 3, 3.3).
bool odf_text(std::string_view bytes) {
  constexpr std::string_view kMime = "mimetypeapplication/vnd.oasis.opendocument.text";
  return bytes.size() >= 30 + kMime.size() && bytes.substr(30, kMime.size()) == kMime;
}

}  // namespace

std::optional<std::string_view> detect_type(std::string_view bytes, std::string_view name) {
  const std::string ext = extension_of(name);
  if (bytes.starts_with("%PDF-"))
    return ext == "pdf" ? std::optional<std::string_view>("application/pdf") : std::nullopt;
  if (bytes.starts_with("\x89PNG\r\n\x1a\n"))
    return ext == "png" ? std::optional<std::string_view>("image/png") : std::nullopt;
  if (bytes.starts_with("\xff\xd8\xff"))
    return ext == "jpg" || ext == "jpeg" ? std::optional<std::string_view>("image/jpeg") : std::nullopt;
  if (bytes.starts_with(std::string_view("PK\x03\x04", 4))) {
    if (ext == "docx") return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    if (ext == "xlsx") return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    if (ext == "pptx") return "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    if (ext == "odt" && odf_text(bytes)) return "application/vnd.oasis.opendocument.text";
    return std::nullopt;
  }
  if (ext == "txt" && !bytes.empty() && plain_text(bytes)) return "text/plain; charset=utf-8";
  return std::nullopt;
}

std::string clean_name(std::string_view name) {
  if (auto slash = name.find_last_of("/\\"); slash != std::string_view::npos) name.remove_prefix(slash + 1);
  std::string out;
  for (unsigned char ch : name)
    if (ch >= 0x20 && ch != 0x7f && ch != '"') out += static_cast<char>(ch);
  if (!text::is_valid_utf8(out)) out = "fichier";
  if (out.size() > 200) {
    size_t cut = 200;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;  // a whole character
    out.resize(cut);
  }
  while (!out.empty() && (out.front() == ' ' || out.front() == '.')) out.erase(0, 1);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out.empty() ? "fichier" : out;
}

std::string sha256_hex(std::string_view bytes) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned char b : digest) {
    out += kHex[b >> 4];
    out += kHex[b & 0x0f];
  }
  return out;
}

}  // namespace filet::files
