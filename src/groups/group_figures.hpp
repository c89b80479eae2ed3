#pragma once
// The figures of groups, pure: retention, each participant's share of sessions attended, the
// fidelity rate (checklist items delivered over items expected) of a session, a group or an
// organization, from records read beforehand.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace filet::groups {

struct ParticipantFact {
  std::string id, status;  // registration status
};
// Who counts as registered: still registered, or who withdrew (not the invited nor the waiting list).
bool ever_registered(const ParticipantFact& p);
struct SessionFact {
  int64_t number = 0;
  bool held = false;                             // attendance taken
  std::map<std::string, std::string> presences;  // participant id -> present | excused | absent
  std::vector<std::string> delivered_items;
};

// Retention: of the participants who registered (still registered, or who withdrew), those
// present at the last session held; no rate before a session is held or without registrations.
struct Retention {
  int64_t registered = 0, present_at_last = 0;
  std::optional<double> rate;
};
Retention retention(const std::vector<ParticipantFact>& participants, const std::vector<SessionFact>& sessions);

// A participant's sessions attended (present) over the sessions held; no share before one is held.
struct ParticipantShare {
  std::string participant_id;
  int64_t attended = 0, held = 0;
  std::optional<double> share;
};
std::vector<ParticipantShare> participant_shares(const std::vector<ParticipantFact>& participants,
                                                 const std::vector<SessionFact>& sessions);

// Fidelity: checklist items delivered (each counted once, only items of the checklist) over the
// checklist's items, per session held; summed over sessions for a group, over groups for an
// organization. No rate when nothing was expected.
struct Fidelity {
  int64_t delivered = 0, expected = 0;
  std::optional<double> rate() const;
  Fidelity& operator+=(const Fidelity& other);
};
Fidelity session_fidelity(const std::vector<std::string>& delivered, const std::vector<std::string>& checklist);
Fidelity group_fidelity(const std::vector<SessionFact>& sessions, const std::vector<std::string>& checklist);

}  // namespace filet::groups
