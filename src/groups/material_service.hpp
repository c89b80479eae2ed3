#pragma once
// The rules of a program's sessions in detail and their materials (issue 11, items 1 and 5), and
// the participant notebook. Sessions and materials are written by those who plan the program's
// organization's groups (auth::may_plan_groups); a material is read by whoever reaches the
// program's groups (its organization's planners and evaluators, the groups' facilitators); the
// notebook by whoever reaches the group. Every write is audited.
#include <boost/json/object.hpp>

#include "files/file_repository.hpp"
#include "files/file_store.hpp"
#include "groups/group_fields.hpp"
#include "groups/group_service.hpp"

namespace filet::groups {

struct MaterialDownload {
  files::StoredFile file;
  std::string bytes;
};

class MaterialService {
 public:
  MaterialService(db::Pool& pool, const files::FileStore& store) : pool_(pool), store_(store) {}

  // Changes session `number` of a program; the program's version guards it (409 with the program).
  Result<GroupProgram> update_session(const Requester& who, const std::string& program_id, int64_t number,
                                      const ProgramSessionChanges& changes);
  // Keeps a file (at most files::kMaxFileBytes: else 413; an allowed kind by its bytes: else 422
  // naming content_base64) as a material of session `number`.
  Result<Material> add(const Requester& who, const std::string& program_id, int64_t number,
                       const MaterialUpload& upload);
  // Removes a material, and its bytes when no other stored file keeps them.
  Result<void> remove(const Requester& who, const std::string& material_id);
  Result<MaterialDownload> download(const Requester& who, const std::string& material_id);
  Result<boost::json::object> notebook(const Requester& who, const std::string& group_id);

 private:
  db::Pool& pool_;
  const files::FileStore& store_;
};

}  // namespace filet::groups
