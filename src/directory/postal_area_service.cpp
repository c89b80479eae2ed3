#include "directory/postal_area_service.hpp"

#include "common/text.hpp"
#include "db/database.hpp"
#include "directory/postal_area_repository.hpp"
#include "directory/postal_code.hpp"

namespace filet::directory {

boost::json::object PostalAreaLoadReport::to_json() const {
  boost::json::array list;
  for (const auto& r : rejected) {
    FieldMessage message = field_message(r.reason);
    list.push_back({{"line", r.line}, {"field", r.reason.field}, {"reason_fr", message.fr}, {"reason_en", message.en}});
  }
  return {{"applied", applied},
          {"rows", rows},
          {"added", added},
          {"updated", updated},
          {"known_areas", known_areas},
          {"rejected", std::move(list)}};
}

Result<std::pair<double, double>> postal_area_centroid(db::Connection& c, std::string_view postal_code,
                                                       const std::string& field) {
  auto fsa = forward_sortation_area(postal_code);
  if (!fsa) return fail(Error::field(ErrorCode::bad_query, field, "postal_code_malformed", "H2X 1Y4"));
  auto centroid = TRY(postal_area_repository::centroid(c, *fsa));
  if (!centroid) return fail(Error::field(ErrorCode::bad_query, field, "postal_area_unknown", *fsa));
  return *centroid;
}

Result<int64_t> PostalAreaService::known_areas() {
  auto c = TRY(pool_.acquire());
  return postal_area_repository::count(*c);
}

Result<PostalAreaLoadReport> PostalAreaService::load_csv(const audit::Actor& actor, std::string_view csv_text,
                                                         std::string file_name) {
  if (!text::is_valid_utf8(csv_text)) return fail(ErrorCode::invalid_utf8);
  const auto file = TRY(csv::read_text(std::move(file_name), csv_text));
  auto rows = TRY(read_postal_centroids(file));
  PostalAreaLoadReport report;
  report.rows = file.records.size();
  report.rejected = std::move(rows.rejected);
  if (report.rows == 0) return fail(Error::field(ErrorCode::validation_failed, "fsa", "required"));

  auto c = TRY(pool_.acquire());
  if (report.rejected.empty()) {
    auto tx = TRY(db::Transaction::begin(*c));
    auto counts = TRY(postal_area_repository::save(*c, rows.centroids));
    TRY_VOID(audit::record(*c, actor, {"import", "postal_areas", "", ""}));
    TRY_VOID(tx.commit());
    report.applied = true;
    report.added = counts.added;
    report.updated = counts.updated;
  }
  report.known_areas = TRY(postal_area_repository::count(*c));
  return report;
}

}  // namespace filet::directory
