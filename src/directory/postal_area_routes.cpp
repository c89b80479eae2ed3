#include "directory/postal_area_routes.hpp"

#include "api/responses.hpp"
#include "common/json_input.hpp"

namespace filet::directory {
namespace {

const fields::Description kPostalAreasUploadFields{"PostalAreasUpload",
                                                   {{.name = "file_name", .type = fields::Type::text, .max = 200},
                                                    // The file as it is (line ends included); the body limit (1 MiB)
                                                    // bounds it: Canada has about 1,700 areas, some 50 KB.
                                                    {.name = "csv",
                                                     .type = fields::Type::secret,
                                                     .label = {"fichier CSV", "CSV file"},
                                                     .required = true,
                                                     .max = 1 << 20,
                                                     .access = fields::Access::write_only}}};

// The CSV's columns, as its errors name them.
const fields::Description kPostalCentroidColumns{
    "PostalCentroid",
    {{.name = "fsa", .type = fields::Type::text, .label = {"région postale (RTA)", "postal area (FSA)"}, .max = 3}}};

constexpr fields::Field count(std::string_view name) {
  return {.name = name, .type = fields::Type::integer, .high = INT64_MAX, .access = fields::Access::read_only};
}
const fields::Description kPostalAreaCountFields{"PostalAreaCount", {count("known_areas")}};
// A load's report (PostalAreaLoadReport::to_json): all or nothing, every bad row named.
const fields::Description kRejectedCentroidFields{
    "RejectedCentroidRow",
    {count("line"),
     {.name = "field", .access = fields::Access::read_only},
     {.name = "reason_fr", .max = 2000, .access = fields::Access::read_only},
     {.name = "reason_en", .max = 2000, .access = fields::Access::read_only}}};
const fields::Description kPostalAreasLoadFields{
    "PostalAreasLoadReport",
    {{.name = "applied", .type = fields::Type::boolean, .access = fields::Access::read_only},
     count("rows"),
     count("added"),
     count("updated"),
     count("known_areas"),
     {.name = "rejected",
      .type = fields::Type::object_list,
      .access = fields::Access::read_only,
      .nested = &kRejectedCentroidFields}}};

}  // namespace

void add_postal_area_routes(api::Api& api, PostalAreaService& service) {
  using auth::Permission;
  for (const auto* record : {&kPostalAreaCountFields, &kPostalAreasLoadFields})
    api.add_schema(*record, fields::Purpose::record);
  api.add(api::Route{"GET", "/api/v1/directory/postal-areas", Permission::manage_directory_data,
                     [&service](api::Context&) -> Result<http::Response> {
                       return api::json_response(boost::json::object{{"known_areas", TRY(service.known_areas())}});
                     },
                     "How many postal areas (forward sortation areas) have a centroid"}
              .with_schemas("", "PostalAreaCount"));
  api.add_schema(kPostalAreasUploadFields, fields::Purpose::create);
  api.add(api::Route{"POST", "/api/v1/directory/postal-areas", Permission::manage_directory_data,
                     [&service](api::Context& ctx) -> Result<http::Response> {
                       auto body = TRY(json_input::parse_object(ctx.request.body));
                       fields::Reader in(body, kPostalAreasUploadFields, fields::Mode::create);
                       auto file_name = in.text("file_name");
                       std::string_view csv;  // null or "" is missing, not a type error
                       if (const auto* v = in.raw("csv"); v && v->is_string() && !v->as_string().empty())
                         csv = v->as_string();
                       else if (v && !v->is_null() && !v->is_string())
                         in.add({"csv", FieldCode::wrong_type, "string"});
                       else
                         in.add({"csv", FieldCode::required, ""});
                       TRY_VOID(in.finish());
                       auto name = file_name && !file_name->empty() ? *file_name : std::string("postal-areas.csv");
                       auto report = TRY(service.load_csv(ctx.actor(), csv, name));
                       return api::json_response(report.to_json());
                     },
                     "Load postal-area centroids from a CSV (fsa, latitude, longitude); all or nothing"}
              .with_schemas("PostalAreasUpload", "PostalAreasLoadReport", 200));
}

}  // namespace filet::directory
