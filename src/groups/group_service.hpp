#pragma once
// The rules of planning groups: who plans (asked of the policy), references named in a body
// (program, territory, facilitator accounts, organizations), optimistic versions, one audit
// entry per change. What facilitators record in the room is session_service.hpp's.
#include "audit/audit_log.hpp"
#include "auth/group_policy.hpp"
#include "auth/principal.hpp"
#include "db/pool.hpp"
#include "groups/group_repository.hpp"

namespace filet::groups {

struct Requester {
  const auth::Principal& principal;
  const db::Scope& scope;
  audit::Actor actor;
  auth::GroupReach reach() const { return auth::group_reach(principal, scope); }
};

class GroupService {
 public:
  explicit GroupService(db::Pool& pool) : pool_(pool) {}

  Result<db::Page<GroupProgram>> list_programs(const Requester& who, const db::ListQuery& query);
  Result<GroupProgram> get_program(const Requester& who, const std::string& id);
  Result<GroupProgram> create_program(const Requester& who, const GroupProgramChanges& changes);
  Result<GroupProgram> update_program(const Requester& who, const std::string& id, const GroupProgramChanges& changes);

  Result<db::Page<Group>> list_groups(const Requester& who, const group_repository::GroupFilters& filters,
                                      const db::ListQuery& query);
  Result<Group> get_group(const Requester& who, const std::string& id);
  Result<Group> create_group(const Requester& who, const GroupChanges& changes);
  Result<Group> update_group(const Requester& who, const std::string& id, const GroupChanges& changes);

  Result<db::Page<Participant>> list_participants(const Requester& who, const std::string& group_id,
                                                  const db::ListQuery& query);
  Result<Participant> get_participant(const Requester& who, const std::string& id);
  Result<Participant> create_participant(const Requester& who, const ParticipantChanges& changes);
  Result<Participant> update_participant(const Requester& who, const std::string& id,
                                         const ParticipantChanges& changes);

  Result<db::Page<Session>> list_sessions(const Requester& who, const std::string& group_id,
                                          const db::ListQuery& query);
  Result<Session> get_session(const Requester& who, const std::string& id);
  Result<Session> create_session(const Requester& who, const SessionChanges& changes);
  Result<Session> update_session(const Requester& who, const std::string& id, const SessionChanges& changes);

 private:
  db::Pool& pool_;
};

}  // namespace filet::groups
