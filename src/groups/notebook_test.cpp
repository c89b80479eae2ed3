// The notebook shows only the contacts of participants who agreed (and did not withdraw), each
// session with its program's session's description and materials; a session's checklist is its
// own, else the program's.
#include "groups/notebook.hpp"

#include <gtest/gtest.h>

namespace filet::groups {
namespace {

Participant participant(std::string id, std::string kind, bool shares, std::string status = "registered") {
  Participant p;
  p.id = std::move(id);
  p.kind = std::move(kind);
  p.label = "P-" + p.id;
  p.status = std::move(status);
  p.shares_contact = shares;
  p.email = p.id + "@example.org";
  p.phone = "514-555-0100";
  p.organization_id = "o1";
  return p;
}

TEST(Notebook, OnlyParticipantsWhoAgreedAndStayShowTheirContacts) {
  NotebookRecords r;
  r.group.id = "g";
  r.group.name = "Groupe";
  r.participants = {participant("a", "practitioner", true), participant("b", "practitioner", false),
                    participant("c", "parent", false), participant("d", "parent", true),
                    participant("e", "guest", true, "withdrew")};
  r.organization_names = {{"o1", "Maison de la famille"}};
  auto n = notebook(r);
  const auto& contacts = n.at("contacts").as_array();
  ASSERT_EQ(contacts.size(), 2u);
  EXPECT_EQ(contacts[0].at("participant_id"), "a");
  EXPECT_EQ(contacts[0].at("email"), "a@example.org");
  EXPECT_EQ(contacts[0].at("organization_name"), "Maison de la famille");
  EXPECT_EQ(contacts[1].at("participant_id"), "d");
  EXPECT_TRUE(n.at("program_name").is_null());
}

TEST(Notebook, SessionsTakeTheirProgramSessionsDetailsByNumber) {
  NotebookRecords r;
  r.program.name = "Espace Parents";
  r.program.sessions = {{.number = 1, .theme = "Accueil", .description = "Se présenter", .duration_minutes = 120},
                        {.number = 2, .theme = "Jeu", .objectives = "Jouer pour apprendre"}};
  r.program.sessions[1].materials.push_back({"m1", "p", 2, "f1", "fiche.txt", "text/plain; charset=utf-8", 12, "t"});
  Session second;
  second.number = 2;
  second.held_on = "2026-03-10";
  second.theme = "Jeu (adapté)";
  Session extra;
  extra.number = 3;  // beyond the program: no details, no materials
  extra.held_on = "2026-04-10";
  r.sessions = {second, extra};
  auto n = notebook(r);
  const auto& sessions = n.at("sessions").as_array();
  ASSERT_EQ(sessions.size(), 2u);
  EXPECT_EQ(sessions[0].at("theme"), "Jeu (adapté)");
  EXPECT_EQ(sessions[0].at("objectives"), "Jouer pour apprendre");
  EXPECT_TRUE(sessions[0].at("duration_minutes").is_null());
  ASSERT_EQ(sessions[0].at("materials").as_array().size(), 1u);
  EXPECT_EQ(sessions[0].at("materials").as_array()[0].at("name"), "fiche.txt");
  EXPECT_EQ(sessions[1].at("description"), "");
  EXPECT_TRUE(sessions[1].at("materials").as_array().empty());
}

TEST(ProgramSessions, ASessionsChecklistIsItsOwnElseTheProgramsAndThemesResizeTheSessions) {
  GroupProgram p;
  p.checklist = {"Accueil", "Synthèse"};
  apply(p, GroupProgramChanges{.themes = std::vector<std::string>{"Un", "Deux", "Trois"}});
  ASSERT_EQ(p.sessions.size(), 3u);
  EXPECT_EQ(p.sessions[2].number, 3);
  p.sessions[1].checklist = {"Jeu de rôle"};
  p.sessions[0].description = "gardée";
  EXPECT_EQ(checklist_for(p, 1), p.checklist);
  EXPECT_EQ(checklist_for(p, 2), std::vector<std::string>{"Jeu de rôle"});
  EXPECT_EQ(checklist_for(p, 9), p.checklist);
  apply(p, GroupProgramChanges{.themes = std::vector<std::string>{"Un bis", "Deux"}});
  ASSERT_EQ(p.sessions.size(), 2u);
  EXPECT_EQ(p.sessions[0].theme, "Un bis");
  EXPECT_EQ(p.sessions[0].description, "gardée");
  EXPECT_EQ(themes_of(p), (std::vector<std::string>{"Un bis", "Deux"}));
}

}  // namespace
}  // namespace filet::groups
