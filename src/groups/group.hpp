#pragma once
// Groups (issue 11, first slice): a program of sessions (the template: ordered session themes
// and a fidelity checklist), a group run from it (a workshop series, a co-development cohort, a
// committee or a training) by its facilitators, its participants and their registration, its
// sessions with attendance, the checklist items delivered and the facilitators' logbook.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace filet::groups {

inline constexpr std::string_view kGroupKinds[] = {"workshop_series", "co_development", "committee", "training"};
inline constexpr std::string_view kParticipantKinds[] = {"practitioner", "parent", "guest"};
inline constexpr std::string_view kRegistrations[] = {"invited", "registered", "waiting_list", "withdrew"};
inline constexpr std::string_view kPresences[] = {"present", "excused", "absent"};
// The observation grid of the facilitators' logbook (seed 000), each rated 1–4 and commented.
inline constexpr std::string_view kGridDimensions[] = {"participation", "trust", "frame", "links", "practices"};

// A material of a program's session: a file of the store (files/), read with the program.
struct Material {
  std::string id, program_id;
  int64_t session_number = 1;
  std::string file_id, name, content_type;
  int64_t size_bytes = 0;
  std::string created_at;
};

// A session of a program (issue 11, item 1): what it is about, how long, what it aims at, what
// its facilitators must deliver (empty: the program-wide checklist) and its materials.
struct ProgramSession {
  int64_t number = 1;
  std::string theme, description;
  std::optional<int64_t> duration_minutes;
  std::string objectives;
  std::vector<std::string> checklist;
  std::vector<Material> materials;
};
struct ProgramSessionChanges {
  std::optional<std::string> theme, description, objectives;
  std::optional<std::optional<int64_t>> duration_minutes;
  std::optional<std::vector<std::string>> checklist;
  std::optional<int64_t> version;  // the program's
};

struct GroupProgram {
  std::string id, organization_id, name, description;
  std::vector<ProgramSession> sessions;  // in order, numbered from 1
  std::vector<std::string> checklist;    // the fidelity checklist of a session without its own
  std::string created_at, updated_at;
  int64_t version = 1;
};
struct GroupProgramChanges {
  std::optional<std::string> organization_id, name, description;
  // The sessions' themes in order: sets how many sessions there are and their themes, keeping
  // the details of the sessions that stay.
  std::optional<std::vector<std::string>> themes;
  std::optional<std::vector<std::string>> checklist;
  std::optional<int64_t> version;
};

struct Group {
  std::string id, organization_id, program_id, name, kind = "workshop_series", cohort, territory_id;
  std::vector<std::string> facilitator_ids, host_organization_ids;
  std::string starts_on, ends_on, created_at, updated_at;
  int64_t version = 1;
};
struct GroupChanges {
  std::optional<std::string> organization_id, program_id, name, kind, cohort, territory_id, starts_on, ends_on;
  std::optional<std::vector<std::string>> facilitator_ids, host_organization_ids;
  std::optional<int64_t> version;
};

struct Participant {
  std::string id, group_id, kind = "practitioner";
  std::string label;  // a person's name, or a parent's pseudonymous code (never a parent's name)
  std::string organization_id, status = "registered", created_at, updated_at;
  int64_t version = 1;
  // Shown in the group's notebook only when the participant agreed (off by default).
  bool shares_contact = false;
  std::string email, phone;
  // A parent's family of the journal and its code: filled only for a reader of the family at the
  // identified level while its consent to group participation holds (family_link.hpp); "" else.
  std::string family_id, family_code;
};
struct ParticipantChanges {
  std::optional<std::string> group_id, kind, label, organization_id, status, email, phone;
  std::optional<std::string> family_id;  // "" (null in the body): no link
  std::optional<bool> shares_contact;
  std::optional<int64_t> version;
};

struct Session {
  std::string id, group_id;
  int64_t number = 1;
  std::string held_on, place, theme, host_organization_id;
  int64_t children_in_care = 0, interpreters = 0;
  std::vector<std::string> delivered_items;  // checklist items delivered (fidelity)
  bool attendance_taken = false;
  std::string created_at, updated_at;
  int64_t version = 1;
};
struct SessionChanges {
  std::optional<std::string> group_id, held_on, place, theme, host_organization_id;
  std::optional<std::optional<int64_t>> number;
  std::optional<int64_t> version;
};

struct Presence {
  std::string participant_id, status;
};
// What the facilitators record in the room: who came, the child-care corner, the interpreters,
// the checklist items delivered.
struct Attendance {
  std::string session_id;
  std::vector<Presence> presences;
  int64_t children_in_care = 0, interpreters = 0;
  std::vector<std::string> delivered_items;
  std::optional<int64_t> version;  // the session's (asked against, or read)
};

struct GridEntry {
  std::string dimension;
  std::optional<int64_t> rating;  // 1–4
  std::string comment;
};
struct Logbook {
  std::string session_id;
  std::vector<GridEntry> grid;  // one per kGridDimensions, in that order
  std::string notes, written_by, created_at, updated_at;
  int64_t version = 0;  // 0: not written yet
};

void apply(GroupProgram& p, const GroupProgramChanges& c);
void apply(ProgramSession& s, const ProgramSessionChanges& c);
// The themes of a program's sessions, in order.
std::vector<std::string> themes_of(const GroupProgram& p);
// The checklist a group's session `number` is held to: the program's session's own, else the
// program-wide one (nothing for a number the program does not have and no program-wide list).
std::vector<std::string> checklist_for(const GroupProgram& p, int64_t number);
void apply(Group& g, const GroupChanges& c);
void apply(Participant& p, const ParticipantChanges& c);
void apply(Session& s, const SessionChanges& c);

}  // namespace filet::groups
