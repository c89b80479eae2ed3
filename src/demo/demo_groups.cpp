#include "demo/demo_groups.hpp"

#include <cstdio>
#include <random>

#include "auth/policy.hpp"
#include "common/clock.hpp"
#include "common/ids.hpp"
#include "demo/demo_groups_data.hpp"
#include "files/file_repository.hpp"
#include "files/file_type.hpp"
#include "groups/compensation_repository.hpp"
#include "groups/group_repository.hpp"
#include "groups/material_repository.hpp"
#include "groups/session_repository.hpp"

namespace filet::demo {
namespace {
namespace repo = groups::group_repository;

// Everything the demo's groups are written with: one scoped connection, the ids by key, the dice.
struct Writer {
  db::ScopedConnection& c;
  const std::map<std::string, std::string>& organizations;
  const std::map<std::string, std::string>& territories;
  std::string facilitator_id;
  const files::FileStore* store;  // the materials' bytes (none: programs without materials)
  std::mt19937_64 rng{20261207};
  std::map<std::string, groups::GroupProgram> programs;
  DemoGroupsSummary summary;
  int names = 0, compensations = 0;

  bool chance(int percent) { return static_cast<int>(rng() % 100) < percent; }
  std::string id(const std::string& seed) const { return ids::derived_uuid("demo-groups-" + seed); }
  std::string person() {
    const int n = names++;
    return std::string(kDemoFirstNames[n % kDemoFirstNames.size()]) + " " +
           std::string(kDemoLastNames[(n * 7 + n / kDemoFirstNames.size()) % kDemoLastNames.size()]);
  }
};

// The 15th of the month `n` months after `year`-`month`.
std::string monthly(int year, int month, int n) {
  const int m = month - 1 + n;
  char day[16];
  std::snprintf(day, sizeof day, "%04d-%02d-15", year + m / 12, m % 12 + 1);
  return day;
}

// "07" for 7: the codes of the demo's parents.
std::string two_digits(int n) {
  return (n < 10 ? "0" : "") + std::to_string(n);
}

std::string stamp(const std::string& day) {
  return day + "T18:00:00.000Z";
}

// A one-page PDF 1.4 showing `line` (ASCII), with its cross-reference table's true offsets.
std::string tiny_pdf(const std::string& line) {
  const std::string text = "BT /F1 14 Tf 56 760 Td (" + line + ") Tj ET";
  const std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R "
      ">>",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
      "<< /Length " + std::to_string(text.size()) + " >>\nstream\n" + text + "\nendstream"};
  std::string pdf = "%PDF-1.4\n";
  std::vector<size_t> offsets;
  for (size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (size_t offset : offsets) {
    char entry[24];
    std::snprintf(entry, sizeof entry, "%010zu 00000 n \n", offset);
    pdf += entry;
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

// A material of a program's session: its bytes in the store, its record.
Result<void> add_material(Writer& w, const groups::GroupProgram& program, int64_t number, const std::string& name,
                          const std::string& bytes) {
  const auto type = files::detect_type(bytes, name);
  if (!type) return fail(ErrorCode::internal, "demo material of a kind the store refuses: " + name);
  const std::string key = program.id + "-" + std::to_string(number) + "-" + name;
  files::StoredFile f{w.id("file-" + key),
                      program.organization_id,
                      name,
                      std::string(*type),
                      static_cast<int64_t>(bytes.size()),
                      files::sha256_hex(bytes),
                      "",
                      program.created_at};
  TRY_VOID(files::file_repository::insert(w.c, f));
  TRY_VOID(groups::material_repository::insert(
      w.c, {w.id("material-" + key), program.id, number, f.id, f.name, f.content_type, f.size_bytes, f.created_at}));
  return w.store->put(f.sha256, bytes);
}

// Each described session gets a one-page sheet (text); the first one also a PDF.
Result<void> add_materials(Writer& w, const groups::GroupProgram& program, const DemoProgram& p) {
  if (!w.store) return {};
  for (size_t i = 0; i < p.details.size(); ++i) {
    const auto& s = program.sessions[i];
    std::string sheet = std::string(p.name) + "\nRencontre " + std::to_string(s.number) + " : " + s.theme + "\n\n" +
                        s.description + "\n\nObjectifs : " + s.objectives + "\n";
    TRY_VOID(add_material(w, program, s.number, "fiche-rencontre-" + std::to_string(s.number) + ".txt", sheet));
  }
  if (!p.details.empty())
    TRY_VOID(add_material(w, program, 1, "programme-" + std::string(p.key) + ".pdf",
                          tiny_pdf("Filet - programme " + std::string(p.key) + " - demonstration")));
  return {};
}

Result<void> add_programs(Writer& w, const std::string& organization_id) {
  for (const auto& p : demo_group_programs()) {
    groups::GroupProgram program;
    program.id = w.id(std::string("program-") + std::string(p.key));
    program.organization_id = organization_id;
    program.name = p.name;
    program.description = p.description;
    for (size_t i = 0; i < p.themes.size(); ++i) {
      groups::ProgramSession session{.number = static_cast<int64_t>(i) + 1, .theme = std::string(p.themes[i])};
      if (i < p.details.size()) {
        session.description = p.details[i].description;
        session.duration_minutes = p.details[i].duration_minutes;
        session.objectives = p.details[i].objectives;
      }
      program.sessions.push_back(std::move(session));
    }
    for (auto t : p.checklist) program.checklist.emplace_back(t);
    program.created_at = program.updated_at = "2025-09-01T12:00:00.000Z";
    TRY_VOID(repo::insert_program(w.c, program));
    TRY_VOID(add_materials(w, program, p));
    w.programs[std::string(p.key)] = program;
    ++w.summary.programs;
  }
  return {};
}

Result<groups::Group> add_group(Writer& w, const std::string& key, const std::string& program, std::string name,
                                std::string kind, std::string cohort, const std::string& territory,
                                const std::string& planner, std::vector<std::string> hosts, bool facilitated,
                                const std::string& starts_on, const std::string& ends_on) {
  groups::Group g;
  g.id = w.id("group-" + key);
  g.organization_id = planner;
  g.program_id = w.programs.at(program).id;
  g.name = std::move(name);
  g.kind = std::move(kind);
  g.cohort = std::move(cohort);
  if (!territory.empty()) g.territory_id = w.territories.at(territory);
  if (facilitated) g.facilitator_ids = {w.facilitator_id};
  g.host_organization_ids = std::move(hosts);
  g.starts_on = starts_on;
  g.ends_on = ends_on;
  g.created_at = g.updated_at = stamp(starts_on);
  TRY_VOID(repo::insert_group(w.c, g));
  ++w.summary.groups;
  return g;
}

Result<groups::Participant> add_participant(Writer& w, const groups::Group& g, const std::string& kind,
                                            std::string label, const std::string& organization_id) {
  groups::Participant p;
  p.id = w.id(g.id + "-participant-" + std::to_string(w.summary.participants));
  p.group_id = g.id;
  p.kind = kind;
  p.label = std::move(label);
  p.organization_id = organization_id;
  // About one practitioner in three and the first parent of a group agree to share a contact in
  // the notebook (fictional: example.org addresses, 555 numbers).
  const int n = w.summary.participants;
  if ((kind == "practitioner" && n % 3 == 0) || p.label.ends_with("-01")) {
    p.shares_contact = true;
    char phone[16];
    std::snprintf(phone, sizeof phone, "514-555-%04d", n % 10000);
    p.phone = phone;
    if (kind == "practitioner") p.email = "participant" + std::to_string(n) + "@example.org";
  }
  p.created_at = p.updated_at = g.created_at;
  TRY_VOID(repo::insert_participant(w.c, p));
  ++w.summary.participants;
  return p;
}

// A session held on `day`: who came (`presences`), the checklist items delivered (each, but
// with `fidelity` percent of chance), the child-care corner and the interpreters.
Result<groups::Session> add_session(Writer& w, const groups::Group& g, int number, const std::string& day,
                                    const std::string& host, std::vector<groups::Presence> presences, int fidelity,
                                    int children, int interpreters) {
  groups::Session s;
  s.id = w.id(g.id + "-session-" + std::to_string(number));
  s.group_id = g.id;
  s.number = number;
  s.held_on = day;
  s.place = "Salle communautaire";
  s.host_organization_id = host;
  for (const auto& [key, p] : w.programs)
    if (p.id == g.program_id) {
      if (number <= static_cast<int>(p.sessions.size())) s.theme = p.sessions[static_cast<size_t>(number - 1)].theme;
      for (const auto& item : groups::checklist_for(p, number))
        if (w.chance(fidelity)) s.delivered_items.push_back(item);
    }
  s.children_in_care = children;
  s.interpreters = interpreters;
  s.attendance_taken = true;
  s.created_at = s.updated_at = stamp(day);
  TRY_VOID(repo::insert_session(w.c, s));
  TRY_VOID(groups::session_repository::replace_presences(w.c, s.id, presences));
  ++w.summary.sessions;
  return s;
}

// Present most of the time, sometimes excused, rarely absent.
std::string presence(Writer& w) {
  const int roll = static_cast<int>(w.rng() % 100);
  return roll < 84 ? "present" : roll < 95 ? "excused" : "absent";
}

Result<void> add_logbook(Writer& w, const groups::Session& s) {
  groups::Logbook l;
  l.session_id = s.id;
  size_t d = 0;
  for (auto dim : groups::kGridDimensions) {
    const auto& comment = kDemoLogbookComments[(d * 2 + w.rng() % 2) % kDemoLogbookComments.size()];
    l.grid.push_back({std::string(dim), 3 + static_cast<int64_t>(w.rng() % 2), std::string(comment)});
    ++d;
  }
  l.notes = kDemoLogbookNotes[static_cast<size_t>(s.number - 1) % kDemoLogbookNotes.size()];
  l.written_by = w.facilitator_id;
  l.updated_at = stamp(s.held_on);
  return groups::session_repository::save_logbook(w.c, l, 0);
}

Result<void> pay(Writer& w, const groups::Group& g, const std::string& session_id, const std::string& participant_id,
                 const std::string& organization_id, const char* kind, int64_t cents, const std::string& paid_on) {
  groups::Compensation k;
  k.id = w.id(g.id + "-paid-" + std::to_string(w.compensations++));
  k.group_id = g.id;
  k.session_id = session_id;
  k.participant_id = participant_id;
  k.payee_organization_id = organization_id;
  k.kind = kind;
  k.amount_cents = cents;
  k.paid_on = paid_on;
  k.created_at = k.updated_at = g.created_at;
  return groups::compensation_repository::insert(w.c, k);
}

// Seed 000: six territories in two cohorts, six monthly sessions each hosted in turn by the
// participating organizations, two guest parent partners at the fourth, a logbook after every
// session; the organizations paid for their practitioners' time (cohort 2's last territory
// still to pay), the parents and the hosts.
Result<void> add_espace_intervenants(Writer& w, const std::string& planner) {
  int territory_index = 0;
  for (const auto& t : demo_espace_intervenants()) {
    const bool second = t.cohort == "Cohorte 2";
    const int year = second ? 2026 : 2025, month = second ? 4 : 10;
    std::vector<std::string> hosts;
    for (size_t i = 0; i < t.organizations.size() && i < 3; ++i)
      hosts.push_back(w.organizations.at(std::string(t.organizations[i].first)));
    const std::string territory(t.territory);
    auto g = TRY(add_group(w, "ei-" + territory, "ei", "Espace Intervenants — " + std::string(t.name), "co_development",
                           std::string(t.cohort), territory, planner, hosts, true, monthly(year, month, 0),
                           monthly(year, month, 5)));
    std::vector<groups::Participant> practitioners;
    for (const auto& [organization, count] : t.organizations)
      for (int i = 0; i < count; ++i)
        practitioners.push_back(
            TRY(add_participant(w, g, "practitioner", w.person(), w.organizations.at(std::string(organization)))));
    // One practitioner of the larger territories withdrew after the third session.
    std::string withdrew;
    if (practitioners.size() >= 9) {
      auto& p = practitioners[practitioners.size() / 2];
      p.status = "withdrew";
      p.version = 1;
      TRY_VOID(repo::update_participant(w.c, p));
      withdrew = p.id;
    }
    std::vector<groups::Participant> guests;
    for (int i = 1; i <= 2; ++i)
      guests.push_back(TRY(
          add_participant(w, g, "guest", "Parent partenaire " + std::to_string(i) + " — " + std::string(t.name), "")));

    const bool paid = !(second && territory_index == 5);
    for (int n = 1; n <= 6; ++n) {
      std::vector<groups::Presence> presences;
      for (const auto& p : practitioners)
        presences.push_back({p.id, p.id == withdrew && n > 3 ? std::string("absent") : presence(w)});
      if (n == 4)
        for (const auto& guest : guests) presences.push_back({guest.id, "present"});
      const std::string day = monthly(year, month, n - 1);
      auto s = TRY(add_session(w, g, n, day, hosts[static_cast<size_t>(n - 1) % hosts.size()], presences, 92, 0,
                               n == 4 ? 1 : 0));
      TRY_VOID(add_logbook(w, s));
      TRY_VOID(pay(w, g, s.id, "", s.host_organization_id, "hosting", 10000, paid ? day : ""));
      if (n == 4)
        for (const auto& guest : guests) TRY_VOID(pay(w, g, s.id, guest.id, "", "participation", 5000, day));
    }
    const std::string settled = paid ? monthly(year, month, 6) : "";
    for (const auto& [organization, count] : t.organizations)
      TRY_VOID(
          pay(w, g, "", "", w.organizations.at(std::string(organization)), "participation", 36000LL * count, settled));
    ++territory_index;
  }
  return {};
}

// Seed 001: the nine workshops in three newcomers' organizations, weekly, parents by code, the
// child-care corner and interpreters; fidelity differs between organizations.
Result<void> add_espace_parents(Writer& w) {
  struct Site {
    const char *organization, *territory, *code, *place;
    int parents, fidelity;
    bool facilitated;
  };
  const Site sites[] = {{"accueil-sl", "sl", "SL", "Saint-Léonard", 11, 95, false},
                        {"accueil-pe", "vsp-pe", "PE", "Parc-Extension", 9, 85, true},
                        {"accueil-cdn", "cdn-cdn", "CDN", "Côte-des-Neiges", 8, 70, false}};
  for (const auto& site : sites) {
    const std::string organization = w.organizations.at(site.organization);
    auto g = TRY(add_group(w, std::string("ep-") + site.code, "ep", std::string("Espace Parents — ") + site.place,
                           "workshop_series", "Hiver 2026", site.territory, organization, {organization},
                           site.facilitated, "2026-01-14", "2026-03-11"));
    std::vector<groups::Participant> parents;
    for (int i = 1; i <= site.parents; ++i)
      parents.push_back(TRY(add_participant(w, g, "parent", std::string("EP-") + site.code + "-" + two_digits(i), "")));
    for (int n = 1; n <= 9; ++n) {
      std::vector<groups::Presence> presences;
      for (const auto& p : parents) presences.push_back({p.id, presence(w)});
      const auto day = *clock::add_days("2026-01-14", 7 * (n - 1));
      TRY_VOID(add_session(w, g, n, day, organization, presences, site.fidelity, 3 + static_cast<int>(w.rng() % 6),
                           static_cast<int>(w.rng() % 3)));
    }
  }
  return {};
}

// Seed 002: IPECN's parents–practitioners committee (three meetings a year) and two trainings
// of 25 practitioners of the Capitale-Nationale's organizations, two days each.
Result<void> add_ipecn(Writer& w, const std::string& planner) {
  const char* members[] = {"accueil-qc", "ruche-limoilou", "cpsc-qc", "clsc-vpl", "mf-portneuf", "cpe-bleuets"};
  auto committee =
      TRY(add_group(w, "ipecn-comite", "ipecn-comite", "IPECN — comité parents-intervenants", "committee", "2026", "cn",
                    planner, {w.organizations.at("accueil-qc")}, false, "2026-02-10", "2026-11-10"));
  std::vector<groups::Participant> people;
  for (const char* m : members)
    people.push_back(TRY(add_participant(w, committee, "practitioner", w.person(), w.organizations.at(m))));
  for (int i = 1; i <= 4; ++i)
    people.push_back(TRY(add_participant(w, committee, "parent", "IPECN-P" + two_digits(i), "")));
  const char* meetings[] = {"2026-02-10", "2026-06-09", "2026-11-10"};
  for (int n = 1; n <= 3; ++n) {
    std::vector<groups::Presence> presences;
    for (const auto& p : people) presences.push_back({p.id, presence(w)});
    TRY_VOID(add_session(w, committee, n, meetings[n - 1], w.organizations.at("accueil-qc"), presences, 100, 2, 1));
  }
  const char* trainings[][2] = {{"Printemps 2026", "2026-04-21"}, {"Automne 2026", "2026-10-20"}};
  int t = 0;
  for (const auto& [cohort, day] : trainings) {
    auto g =
        TRY(add_group(w, "ipecn-formation-" + std::to_string(t), "ipecn-formation",
                      std::string("IPECN — formation en intervention interculturelle (") + cohort + ")", "training",
                      cohort, "cn", planner, {w.organizations.at("accueil-qc")}, false, day, *clock::add_days(day, 1)));
    std::vector<groups::Participant> trainees;
    for (int i = 0; i < 25; ++i)
      trainees.push_back(TRY(add_participant(
          w, g, "practitioner", w.person(), w.organizations.at(members[static_cast<size_t>(i) % std::size(members)]))));
    for (int n = 1; n <= 2; ++n) {
      std::vector<groups::Presence> presences;
      for (const auto& p : trainees) presences.push_back({p.id, presence(w)});
      TRY_VOID(
          add_session(w, g, n, *clock::add_days(day, n - 1), w.organizations.at("accueil-qc"), presences, 100, 0, 0));
    }
    ++t;
  }
  return {};
}

}  // namespace

Result<DemoGroupsSummary> load_demo_groups(db::Pool& pool, const std::map<std::string, std::string>& organization_ids,
                                           const std::map<std::string, std::string>& territory_ids,
                                           const std::string& facilitator_id, const files::FileStore* store) {
  auto host = auth::ScopeIssuer::for_host();
  auto c = TRY(pool.acquire());
  auto tx = TRY(db::Transaction::begin(*c));
  auto scoped = host.on(*c);
  Writer w{scoped, organization_ids, territory_ids, facilitator_id, store};
  // The university team carries Espace Intervenants and co-runs IPECN's committee: every
  // coordinator and evaluator of the demo programs reads its groups.
  const std::string planner = organization_ids.at("univ-eval");
  TRY_VOID(add_programs(w, planner));
  TRY_VOID(add_espace_intervenants(w, planner));
  TRY_VOID(add_espace_parents(w));
  TRY_VOID(add_ipecn(w, planner));
  TRY_VOID(tx.commit());
  return w.summary;
}

}  // namespace filet::demo
