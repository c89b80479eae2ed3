// Writing the HSDS CSV package (reading is common/csv_reader).
#include "directory/hsds_csv_io.hpp"

#include <csv.h>

namespace filet::directory::csv {

Result<Writer> Writer::open(const std::filesystem::path& path) {
  Writer w;
  w.path_ = path.string();
  w.file_.reset(std::fopen(w.path_.c_str(), "wb"));
  if (!w.file_) return fail(ErrorCode::unavailable, "cannot write " + w.path_);
  return w;
}

void Writer::row(std::span<const std::optional<std::string>> cells) {
  FILE* f = file_.get();
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i) std::fputc(',', f);
    if (!cells[i]) continue;  // absent: nothing between the commas
    const std::string& cell = *cells[i];
    // Quoted when empty (an empty string, not an absent value), when it holds a delimiter, a quote
    // or a line end, and when it starts or ends with a space that lenient readers would trim.
    bool quote = cell.empty() || cell.find_first_of(",\"\r\n") != std::string::npos || cell.front() == ' ' ||
                 cell.back() == ' ' || cell.front() == '\t' || cell.back() == '\t';
    if (quote)
      csv_fwrite(f, cell.data(), cell.size());
    else
      std::fwrite(cell.data(), 1, cell.size(), f);
  }
  std::fputs("\r\n", f);
}

void Writer::row(std::span<const Column> header) {
  std::vector<std::optional<std::string>> names;
  for (const auto& column : header) names.emplace_back(std::string(column.name));
  row(names);
}

Result<void> Writer::close() {
  FILE* f = file_.release();
  bool failed = std::ferror(f) != 0;
  if (std::fclose(f) != 0 || failed) return fail(ErrorCode::unavailable, "cannot write " + path_);
  return {};
}

}  // namespace filet::directory::csv
