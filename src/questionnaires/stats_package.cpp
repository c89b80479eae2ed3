#include "questionnaires/stats_package.hpp"

#include "questionnaires/stats_syntax.hpp"
#include "questionnaires/zip_writer.hpp"

namespace filet::questionnaires {

Result<std::string> stats_package(const Version& version, const std::string& title,
                                  const std::vector<exports::Column>& columns, exports::RowSource rows,
                                  StatsFormat format, bool french) {
  // The data in the layout both read without settings: commas and decimal points.
  auto writer = TRY(exports::open_writer(exports::Format::csv, exports::Language::en, columns, "answers"));
  exports::ExportStream stream(std::move(writer), std::move(rows));
  std::string data, chunk;
  while (stream.next(chunk)) {
    data += chunk;
    chunk.clear();
  }
  data += chunk;
  const std::string stem = french ? "reponses" : "answers";
  const std::string script = format == StatsFormat::r ? r_script(version, title, french, stem + ".csv")
                                                      : spss_syntax(version, title, french, stem + ".csv");
  return zip_files({{stem + ".csv", data}, {stem + (format == StatsFormat::r ? ".R" : ".sps"), script}});
}

}  // namespace filet::questionnaires
