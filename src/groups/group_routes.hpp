#pragma once
// Programs of sessions, groups, participants, sessions, attendance, logbooks and their reports.
#include "api/api.hpp"
#include "groups/session_service.hpp"

namespace filet::groups {

void add_group_routes(api::Api& api, GroupService& groups, SessionService& sessions);

// Who asks, as the groups' services take it (every route file of groups): the request's
// principal, scope and audit actor.
inline Requester requester(const api::Context& ctx) {
  return {*ctx.principal, ctx.scope, ctx.actor()};
}

}  // namespace filet::groups
