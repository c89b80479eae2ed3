#pragma once
// The SQL of programs' materials and of what the participant notebook reads besides the groups'
// records. A material is reached through its program: by the organizations whose groups the
// reader plans or evaluates (the reach's organizations) and by the facilitators of a group run
// from that program.
#include <map>
#include <string>
#include <vector>

#include "auth/group_policy.hpp"
#include "db/scope.hpp"
#include "groups/group.hpp"

namespace filet::groups::material_repository {

Result<Material> find(db::ScopedConnection& c, const auth::GroupReach& reach, const std::string& id);
Result<void> insert(db::ScopedConnection& c, const Material& m);
Result<void> remove(db::ScopedConnection& c, const std::string& id);
// The highest session number of a program holding a material (0: none).
Result<int64_t> last_session_with_materials(db::ScopedConnection& c, const std::string& program_id);
// The names of `ids`' organizations, by id.
Result<std::map<std::string, std::string>> organization_names(db::ScopedConnection& c,
                                                              const std::vector<std::string>& ids);

}  // namespace filet::groups::material_repository
