#include "reference/reference_list_routes.hpp"

#include "api/responses.hpp"
#include "common/fields.hpp"

namespace filet::reference {
namespace {

using auth::Permission;

constexpr std::string_view kYesNo[] = {"true", "false"};

using fields::Type;

// An entry as a request writes it: its code (on adding only: codes are never renamed), its
// labels and descriptions, its place in the list and, on editing, retired or not.
const fields::Description kReferenceEntryFields{
    "ReferenceEntryChange",
    {{.name = "code", .type = Type::text, .label = {"code", "code"}, .required = true, .max = 41},
     {.name = "label_fr",
      .type = Type::text,
      .label = {"libellé (français)", "label (French)"},
      .required = true,
      .max = kLabelMax},
     {.name = "label_en",
      .type = Type::text,
      .label = {"libellé (anglais)", "label (English)"},
      .required = true,
      .max = kLabelMax},
     {.name = "description_fr",
      .type = Type::text,
      .label = {"description (français)", "description (French)"},
      .max = kDescriptionMax},
     {.name = "description_en",
      .type = Type::text,
      .label = {"description (anglais)", "description (English)"},
      .max = kDescriptionMax},
     {.name = "position", .type = Type::integer, .label = {"ordre", "order"}, .low = 0, .high = kPositionMax},
     {.name = "retired", .type = Type::boolean, .label = {"retirée", "retired"}}}};
const fields::Description kReferenceQueryFields{"ReferenceListQuery",
                                                {{.name = "include_retired",
                                                  .type = Type::choice,
                                                  .label = {"inclure les entrées retirées", "include retired entries"},
                                                  .choices = kYesNo}}};

// The records as to_json writes them (reference_list.cpp).
constexpr auto RO = fields::Access::read_only;
constexpr fields::Field text(std::string_view name, size_t max = kDescriptionMax, bool nullable = false) {
  return {.name = name, .max = max, .nullable = nullable, .access = RO};
}
constexpr fields::Field whole(std::string_view name) {
  return {.name = name, .type = Type::integer, .high = INT64_MAX, .access = RO};
}
const fields::Description kReferenceListFields{
    "ReferenceList",
    {text("key", 41), text("name_fr"), text("name_en"), text("description_fr"), text("description_en"),
     whole("position"), whole("active_count"), whole("retired_count")}};
const fields::Description kReferenceEntryRecord{
    "ReferenceEntry",
    {fields::kId,
     text("list_key", 41),
     text("code", 41),
     text("label_fr"),
     text("label_en"),
     text("description_fr"),
     text("description_en"),
     whole("position"),
     {.name = "built_in", .type = Type::boolean, .access = RO},
     {.name = "retired", .type = Type::boolean, .access = RO},
     {.name = "retired_at", .type = Type::timestamp, .nullable = true, .access = RO},
     fields::kCreatedAt,
     text("created_by", 254, true),
     fields::kUpdatedAt}};
const fields::Description kReferenceListWithEntries{
    "ReferenceListWithEntries",
    {text("key", 41),
     text("name_fr"),
     text("name_en"),
     text("description_fr"),
     text("description_en"),
     whole("position"),
     whole("active_count"),
     whole("retired_count"),
     {.name = "entries", .type = Type::object_list, .access = RO, .nested = &kReferenceEntryRecord}}};

constexpr std::string_view kNewEntryNames[] = {"code",           "label_fr",       "label_en",
                                               "description_fr", "description_en", "position"};
constexpr std::string_view kEntryUpdateNames[] = {"label_fr",       "label_en", "description_fr",
                                                  "description_en", "position", "retired"};

EntryChanges decode_changes(fields::Reader& in) {
  EntryChanges changes;
  changes.label_fr = in.text("label_fr");
  changes.label_en = in.text("label_en");
  changes.description_fr = in.text("description_fr");
  changes.description_en = in.text("description_en");
  if (auto position = in.integer("position")) {
    if (!*position)
      in.add({"position", FieldCode::wrong_type, "integer"});
    else
      changes.position = **position;
  }
  if (!in.creating()) changes.retired = in.boolean("retired");
  return changes;
}

Result<std::pair<std::string, EntryChanges>> decode_new_entry(const boost::json::object& body) {
  fields::Reader in(body, kReferenceEntryFields, fields::Mode::create, kNewEntryNames);
  auto code = in.text("code");
  if (code && !code->empty() && !is_valid_code(*code))
    in.add({"code", FieldCode::invalid_format, std::string(kCodeExample)});
  auto changes = decode_changes(in);
  TRY_VOID(in.finish());
  return std::pair{code.value_or(""), changes};
}

Result<EntryChanges> decode_update(const boost::json::object& body) {
  // No "code": codes are what records store, so they are never renamed.
  fields::Reader in(body, kReferenceEntryFields, fields::Mode::update, kEntryUpdateNames);
  auto changes = decode_changes(in);
  TRY_VOID(in.finish());
  return changes;
}

// The list key and entry code of the path; anything that is not a code names no list or entry.
Result<std::string> code_param(const api::Context& ctx, std::string_view name) {
  std::string value(ctx.param(name));
  if (!is_valid_code(value)) return fail(ErrorCode::not_found);
  return value;
}

boost::json::object list_json(const ListWithEntries& found) {
  boost::json::object out = to_json(found.list);
  boost::json::array entries;
  for (const auto& e : found.entries) entries.push_back(to_json(e));
  out["entries"] = std::move(entries);
  return out;
}

}  // namespace

void add_reference_list_routes(api::Api& api, ReferenceListService& service) {
  for (const auto* record : {&kReferenceListFields, &kReferenceEntryRecord, &kReferenceListWithEntries})
    api.add_schema(*record, fields::Purpose::record);
  api.add_schema("ReferenceListPage", fields::page_schema("ReferenceList"));
  api.add_schema("ReferenceEntryCreate",
                 fields::object_schema(kReferenceEntryFields, fields::Purpose::create, kNewEntryNames));
  api.add_schema("ReferenceEntryUpdate",
                 fields::object_schema(kReferenceEntryFields, fields::Purpose::update, kEntryUpdateNames));
  api.add(api::Route{
      "GET", "/api/v1/reference-lists", Permission::read_reference,
      [&service](api::Context&) -> Result<http::Response> {
        auto lists = TRY(service.lists());
        boost::json::array items;
        for (const auto& l : lists) items.push_back(to_json(l));
        auto total = static_cast<int64_t>(items.size());
        return api::json_response({{"items", std::move(items)}, {"page", 1}, {"per_page", total}, {"total", total}});
      },
      "List the reference lists with their counts of entries"}
              .with_schemas("", "ReferenceListPage"));
  api.add(api::Route{"GET", "/api/v1/reference-lists/{key}", Permission::read_reference,
                     [&service](api::Context& ctx) -> Result<http::Response> {
                       auto key = TRY(code_param(ctx, "key"));
                       bool include_retired =
                           TRY(api::choice_param(ctx.request, kReferenceQueryFields.field("include_retired"))) ==
                           "true";
                       if (include_retired) TRY_VOID(auth::may_see_retired_entries(*ctx.principal));
                       auto found = TRY(service.list(key, include_retired));
                       return api::json_response(list_json(found));
                     },
                     "Read a reference list and its entries in order (retired ones for admins, on request)"}
              .with_query({&kReferenceQueryFields})
              .with_schemas("", "ReferenceListWithEntries"));
  api.add(api::Route{"GET", "/api/v1/reference-lists/{key}/entries/{code}", Permission::read_reference,
                     [&service](api::Context& ctx) -> Result<http::Response> {
                       auto key = TRY(code_param(ctx, "key"));
                       auto code = TRY(code_param(ctx, "code"));
                       return api::json_response(to_json(TRY(service.entry(key, code))));
                     },
                     "Read one entry by its code, retired or not"}
              .with_schemas("", "ReferenceEntry"));
  api.add(api::Route{"POST", "/api/v1/reference-lists/{key}/entries", Permission::manage_reference_lists,
                     [&service](api::Context& ctx) -> Result<http::Response> {
                       auto key = TRY(code_param(ctx, "key"));
                       auto [code, changes] = TRY(decode_new_entry(TRY(api::body(ctx))));
                       auto added = TRY(service.add(ctx.actor(), key, code, changes));
                       return api::json_response(to_json(added), 201);
                     },
                     "Add an entry to a reference list"}
              .with_schemas("ReferenceEntryCreate", "ReferenceEntry"));
  api.add(api::Route{"PATCH", "/api/v1/reference-lists/{key}/entries/{code}", Permission::manage_reference_lists,
                     [&service](api::Context& ctx) -> Result<http::Response> {
                       auto key = TRY(code_param(ctx, "key"));
                       auto code = TRY(code_param(ctx, "code"));
                       auto changes = TRY(decode_update(TRY(api::body(ctx))));
                       auto updated = TRY(service.update(ctx.actor(), key, code, changes));
                       return api::json_response(to_json(updated));
                     },
                     "Change an entry's labels, description or order, or retire or restore it"}
              .with_schemas("ReferenceEntryUpdate", "ReferenceEntry"));
}

}  // namespace filet::reference
