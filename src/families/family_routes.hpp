#pragma once
// The JSON API of families: list / get / create / update, the identity, the timeline and the
// families with no recent contact; of their consents, contacts and check-ins; and Law 25's rights.
#include "api/api.hpp"
#include "families/destruction_service.hpp"
#include "families/entry_service.hpp"
#include "families/family_export.hpp"
#include "families/family_service.hpp"
#include "families/identity_service.hpp"

namespace filet::families {

void add_family_routes(api::Api& api, FamilyService& families, IdentityService& identities, EntryService& entries);
void add_entry_routes(api::Api& api, EntryService& entries);
// The evaluation view: contacts and check-ins de-identified, for coordinators and evaluators.
void add_evaluation_routes(api::Api& api, EntryService& entries);
// Law 25: a family's export (JSON or a page) and destruction, the organizations' retention setting.
void add_family_rights_routes(api::Api& api, FamilyExport& exports, DestructionService& destruction);

}  // namespace filet::families
