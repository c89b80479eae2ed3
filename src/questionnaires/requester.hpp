#pragma once
// Who asks a questionnaire service: their account (the policy's question), the request's scope
// (the data's filter) and the audit's actor.
#include "audit/audit_log.hpp"
#include "auth/principal.hpp"
#include "db/scope.hpp"

namespace filet::questionnaires {

struct Requester {
  const auth::Principal& principal;
  const db::Scope& scope;
  audit::Actor actor;
};

}  // namespace filet::questionnaires
