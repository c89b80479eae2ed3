#pragma once
// The JSON API of families: list / get / create / update, the identity, the timeline and the
// families with no recent contact; and of their consents, contacts and check-ins.
#include "api/api.hpp"
#include "families/entry_service.hpp"
#include "families/family_service.hpp"
#include "families/identity_service.hpp"

namespace filet::families {

void add_family_routes(api::Api& api, FamilyService& families, IdentityService& identities, EntryService& entries);
void add_entry_routes(api::Api& api, EntryService& entries);

}  // namespace filet::families
