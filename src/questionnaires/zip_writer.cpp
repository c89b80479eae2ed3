#include "questionnaires/zip_writer.hpp"

#include <zip.h>

#include <memory>

namespace filet::questionnaires {

Result<std::string> zip_files(const std::vector<std::pair<std::string, std::string>>& files) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (!buffer) return fail(ErrorCode::internal, "zip: no buffer");
  zip_source_keep(buffer);  // read back after the archive is closed
  std::unique_ptr<zip_source_t, decltype(&zip_source_free)> kept(buffer, &zip_source_free);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (!archive) return fail(ErrorCode::internal, std::string("zip: ") + zip_error_strerror(&error));
  for (const auto& [name, content] : files) {
    // libzip reads the bytes when the archive is closed: `files` outlives that.
    zip_source_t* source = zip_source_buffer(archive, content.data(), content.size(), 0);
    if (!source || zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8) < 0) {
      if (source) zip_source_free(source);
      std::string why = zip_strerror(archive);
      zip_discard(archive);
      return fail(ErrorCode::internal, "zip: " + why);
    }
  }
  if (zip_close(archive) < 0) {
    std::string why = zip_strerror(archive);
    zip_discard(archive);
    return fail(ErrorCode::internal, "zip: " + why);
  }
  if (zip_source_open(buffer) < 0) return fail(ErrorCode::internal, "zip: cannot read the archive back");
  std::string bytes;
  char chunk[65536];
  zip_int64_t n;
  while ((n = zip_source_read(buffer, chunk, sizeof chunk)) > 0) bytes.append(chunk, static_cast<size_t>(n));
  zip_source_close(buffer);
  if (n < 0) return fail(ErrorCode::internal, "zip: cannot read the archive back");
  return bytes;
}

}  // namespace filet::questionnaires
