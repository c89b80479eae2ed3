#pragma once
// The pure rules of the file store: which files it keeps (an allow-list checked on the bytes'
// signature and the name's extension, never on the type a client declares), their names and the
// bytes' SHA-256. Downloads are sent by api::attachment.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace filet::files {

// The largest file the store keeps.
inline constexpr size_t kMaxFileBytes = 10 * 1024 * 1024;

// The safe content type of `bytes` named `name`, or nothing when it is not an allowed kind: the
// signature decides (PDF, PNG, JPEG; a ZIP container is DOCX, XLSX, PPTX or ODT by its extension
// and, for ODT, its mimetype entry); plain text is valid UTF-8 without control bytes, named .txt.
std::optional<std::string_view> detect_type(std::string_view bytes, std::string_view name);

// A file name safe to keep and show: the last path component, control characters and quotes
// dropped, at most 200 bytes of whole UTF-8 characters; "fichier" when nothing is left.
std::string clean_name(std::string_view name);

// Lower-case hexadecimal SHA-256 of `bytes`.
std::string sha256_hex(std::string_view bytes);

}  // namespace filet::files
