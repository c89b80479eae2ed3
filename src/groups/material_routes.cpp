#include "groups/material_routes.hpp"

#include <charconv>

#include "api/attachment.hpp"
#include "api/responses.hpp"
#include "files/file_type.hpp"
#include "groups/notebook.hpp"

namespace filet::groups {
namespace {

Requester requester(const api::Context& ctx) {
  return {*ctx.principal, ctx.scope, ctx.actor()};
}

// The path's session number (1–100); anything else names no session.
Result<int64_t> number_param(const api::Context& ctx) {
  auto text = ctx.param("number");
  int64_t n = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc() || end != text.data() + text.size() || n < 1 || n > 100) return fail(ErrorCode::not_found);
  return n;
}

// The upload's body: a file of files::kMaxFileBytes in base64, and its name; a larger body is
// refused by its size (413) before it is read.
constexpr size_t kUploadBodyLimit = (files::kMaxFileBytes + 2) / 3 * 4 + 64 * 1024;

}  // namespace

void add_material_routes(api::Api& api, MaterialService& materials) {
  constexpr auto kWork = auth::Permission::work_groups;
  api.add_schema(kProgramSessionChangeFields, fields::Purpose::update);
  api.add_schema(kMaterialUploadFields, fields::Purpose::create);
  api.add_schema(kMaterialFields, fields::Purpose::record);
  api.add_schema(kNotebookFields, fields::Purpose::record);
  api.add(api::Route{"PUT", "/api/v1/group-programs/{id}/sessions/{number}", kWork,
                     [&materials](api::Context& ctx) -> Result<http::Response> {
                       auto id = TRY(api::id_param(ctx));
                       auto number = TRY(number_param(ctx));
                       auto object = TRY(api::body(ctx));
                       auto version = TRY(api::take_version(object));
                       auto changes = TRY(decode_program_session(object));
                       changes.version = version;
                       return api::json_response(
                           to_json(TRY(materials.update_session(requester(ctx), id, number, changes))));
                     },
                     "Describe a session of a program: theme, description, duration, objectives, its checklist "
                     "(coordinators, managers)"}
              .with_schemas("GroupProgramSessionChange", "GroupProgram", 200)
              .with_version_conflict("GroupProgram"));
  api.add(api::Route{"POST", "/api/v1/group-programs/{id}/sessions/{number}/materials", kWork,
                     [&materials](api::Context& ctx) -> Result<http::Response> {
                       auto id = TRY(api::id_param(ctx));
                       auto number = TRY(number_param(ctx));
                       auto upload = TRY(decode_material_upload(TRY(api::body(ctx))));
                       return api::json_response(to_json(TRY(materials.add(requester(ctx), id, number, upload))), 201);
                     },
                     "Add a material to a program's session: a PDF, PNG, JPEG, DOCX, XLSX, PPTX, ODT or text file of "
                     "10 MiB at most, base64 (coordinators, managers)"}
              .with_schemas("GroupProgramMaterialUpload", "GroupProgramMaterial", 201)
              .with_body_limit(kUploadBodyLimit));
  api.add(api::Route{"DELETE", "/api/v1/group-program-materials/{id}", kWork,
                     [&materials](api::Context& ctx) -> Result<http::Response> {
                       TRY_VOID(materials.remove(requester(ctx), TRY(api::id_param(ctx))));
                       return api::no_content();
                     },
                     "Remove a material (its file too when nothing else keeps it)"});
  api.add(api::Route{"GET", "/api/v1/group-program-materials/{id}/download", kWork,
                     [&materials](api::Context& ctx) -> Result<http::Response> {
                       auto found = TRY(materials.download(requester(ctx), TRY(api::id_param(ctx))));
                       return api::attachment(std::move(found.bytes), found.file.content_type, found.file.name);
                     },
                     "Download a material (its program's planners and evaluators, its groups' facilitators)"});
  api.add(api::Route{"GET", "/api/v1/groups/{id}/notebook", kWork,
                     [&materials](api::Context& ctx) -> Result<http::Response> {
                       return api::json_response(TRY(materials.notebook(requester(ctx), TRY(api::id_param(ctx)))));
                     },
                     "A group's participant notebook: its sessions with their materials, the contacts of the "
                     "participants who agreed to share them"}
              .with_schemas("", "GroupNotebook"));
}

}  // namespace filet::groups
