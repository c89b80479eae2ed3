#include "groups/group_activity_export.hpp"

namespace filet::groups {
namespace {

double hours(int64_t minutes) {
  return static_cast<double>(minutes) / 60.0;
}

std::string kind_label(std::string_view kind, bool fr) {
  if (kind == "workshop_series") return fr ? "Série d’ateliers" : "Workshop series";
  if (kind == "co_development") return fr ? "Codéveloppement" : "Co-development";
  if (kind == "committee") return fr ? "Comité" : "Committee";
  if (kind == "training") return fr ? "Formation" : "Training";
  return std::string(kind);
}

}  // namespace

Result<std::unique_ptr<exports::ExportStream>> activity_export(std::vector<ActivityRow> rows, exports::Format format,
                                                               exports::Language language) {
  const bool fr = language == exports::Language::fr;
  std::vector<exports::Column> columns{{fr ? "Année" : "Year", 12},
                                       {fr ? "Type de groupe" : "Kind of group", 20},
                                       {fr ? "Groupes" : "Groups", 10},
                                       {fr ? "Rencontres tenues" : "Sessions held", 12},
                                       {fr ? "Rencontres sans durée" : "Sessions without duration", 12},
                                       {fr ? "Heures données" : "Hours delivered", 12},
                                       {fr ? "Présences" : "Attendances", 12},
                                       {fr ? "Personnes présentes" : "People present", 12},
                                       {fr ? "Parents présents" : "Parents present", 12},
                                       {fr ? "Organismes présents" : "Organizations present", 12},
                                       {fr ? "Heures-personnes" : "Person-hours", 12},
                                       {fr ? "Décisions" : "Decisions", 10}};
  auto writer = TRY(exports::open_writer(format, language, columns, fr ? "Activité des groupes" : "Group activity"));
  auto source = [rows = std::move(rows), fr](exports::TableWriter& w) -> Result<bool> {
    for (const auto& r : rows)
      TRY_VOID(w.row({r.period, kind_label(r.kind, fr), r.sessions.groups, r.sessions.sessions,
                      r.sessions.sessions_without_duration, hours(r.sessions.minutes), r.attendance.attendances,
                      r.attendance.participants, r.attendance.parents, r.attendance.organizations,
                      hours(r.attendance.person_minutes), r.sessions.decisions}));
    return false;
  };
  return std::make_unique<exports::ExportStream>(std::move(writer), std::move(source));
}

}  // namespace filet::groups
