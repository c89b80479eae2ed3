#include "groups/participation_export.hpp"

namespace filet::groups {

Result<std::unique_ptr<exports::ExportStream>> participation_export(ParticipationTables tables, exports::Format format,
                                                                    exports::Language language) {
  const bool fr = language == exports::Language::fr;
  std::vector<exports::Column> columns{{fr ? "Territoire" : "Territory", 30},
                                       {fr ? "Organismes" : "Organizations", 14},
                                       {fr ? "Intervenantes et intervenants" : "Practitioners", 18}};
  auto writer = TRY(exports::open_writer(format, language, columns, fr ? "Tableau 2" : "Table 2"));
  auto source = [tables = std::move(tables), fr](exports::TableWriter& w) -> Result<bool> {
    for (const auto& l : tables.territories) {
      std::string name = l.territory_name.empty() ? (fr ? "Sans territoire" : "No territory") : l.territory_name;
      TRY_VOID(w.row({name, l.organizations, l.practitioners}));
    }
    TRY_VOID(w.row({std::string(fr ? "Total" : "Total"), tables.organizations, tables.practitioners}));
    return false;
  };
  return std::make_unique<exports::ExportStream>(std::move(writer), std::move(source));
}

}  // namespace filet::groups
