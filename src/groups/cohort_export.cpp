#include "groups/cohort_export.hpp"

namespace filet::groups {
namespace {

exports::Cell count(const std::optional<int64_t>& n) {
  if (!n) return std::monostate{};
  return *n;
}

exports::Cell percent(const std::optional<double>& rate) {
  if (!rate) return std::monostate{};
  return *rate * 100.0;
}

}  // namespace

Result<std::unique_ptr<exports::ExportStream>> cohort_export(std::vector<CohortLine> lines, exports::Format format,
                                                             exports::Language language) {
  const bool fr = language == exports::Language::fr;
  std::vector<exports::Column> columns{{fr ? "Programme" : "Program", 30},
                                       {fr ? "Cohorte" : "Cohort", 16},
                                       {fr ? "Groupes" : "Groups", 10},
                                       {fr ? "Rencontres prévues" : "Sessions planned", 12},
                                       {fr ? "Rencontres tenues" : "Sessions held", 12},
                                       {fr ? "Inscrits" : "Registered", 12},
                                       {fr ? "Présents à la dernière rencontre" : "Present at the last session", 14},
                                       {fr ? "Rétention (%)" : "Retention (%)", 12},
                                       {fr ? "Présences" : "Attendances", 12},
                                       {fr ? "Présences attendues" : "Expected attendances", 12},
                                       {fr ? "Taux de présence (%)" : "Attendance rate (%)", 12},
                                       {fr ? "Petits nombres masqués" : "Small counts hidden", 12}};
  auto writer = TRY(exports::open_writer(format, language, columns, fr ? "Cohortes" : "Cohorts"));
  auto source = [lines = std::move(lines), fr](exports::TableWriter& w) -> Result<bool> {
    for (const auto& l : lines) {
      std::string program = l.program_name.empty() ? (fr ? "Sans programme" : "No program") : l.program_name;
      std::string cohort = l.cohort.empty() ? (fr ? "Sans cohorte" : "No cohort") : l.cohort;
      std::string hidden = l.suppressed ? (fr ? "Oui" : "Yes") : (fr ? "Non" : "No");
      TRY_VOID(w.row({program, cohort, l.groups, l.sessions, l.sessions_held, count(l.shown_registered),
                      count(l.shown_present_at_last), percent(l.retention), count(l.shown_attended),
                      count(l.shown_expected), percent(l.attendance_rate), hidden}));
    }
    return false;
  };
  return std::make_unique<exports::ExportStream>(std::move(writer), std::move(source));
}

}  // namespace filet::groups
