#include "directory/postal_centroids_csv.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <optional>
#include <set>

#include "common/text.hpp"
#include "directory/postal_code.hpp"

namespace filet::directory {
namespace {

// Canada's extent, with a margin: a centroid outside it is a swapped or mistyped coordinate.
constexpr double kMinLatitude = 41.0, kMaxLatitude = 84.0;
constexpr double kMinLongitude = -142.0, kMaxLongitude = -52.0;

std::string header_name(std::string name) {
  if (name.starts_with("\xEF\xBB\xBF")) name.erase(0, 3);  // a BOM written by spreadsheets
  while (!name.empty() && name.back() == ' ') name.pop_back();
  while (!name.empty() && name.front() == ' ') name.erase(0, 1);
  return text::lower_ascii(name);
}

std::optional<size_t> column_of(const std::vector<std::string>& header, std::initializer_list<std::string_view> names) {
  for (size_t i = 0; i < header.size(); ++i)
    for (auto name : names)
      if (header_name(header[i]) == name) return i;
  return std::nullopt;
}

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

std::optional<double> number(const std::optional<std::string>& cell) {
  if (!cell) return std::nullopt;
  std::string_view s = trimmed(*cell);
  double value = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (s.empty() || ec != std::errc{} || end != s.data() + s.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

// The coordinate's error, if any: missing, not a number, or outside Canada.
std::optional<FieldError> coordinate_error(const std::optional<std::string>& cell, const char* field, double min,
                                           double max, std::optional<double>& out) {
  if (!cell || cell->empty()) return FieldError{field, "required", ""};
  out = number(cell);
  if (!out) return FieldError{field, "wrong_type", "nombre / number"};
  if (*out < min || *out > max) {
    char range[64];
    std::snprintf(range, sizeof range, "%g – %g", min, max);
    return FieldError{field, "out_of_range", range};
  }
  return std::nullopt;
}

}  // namespace

Result<PostalCentroidRows> read_postal_centroids(const csv::File& file) {
  const auto fsa = column_of(file.header, {"fsa", "rta", "forward_sortation_area", "region_de_tri_d_acheminement"});
  const auto lat = column_of(file.header, {"latitude", "lat"});
  const auto lon = column_of(file.header, {"longitude", "lon", "lng", "long"});
  Error missing{ErrorCode::validation_failed, {}, "postal centroids header"};
  if (!fsa) missing.fields.push_back({"fsa", "required", ""});
  if (!lat) missing.fields.push_back({"latitude", "required", ""});
  if (!lon) missing.fields.push_back({"longitude", "required", ""});
  if (!missing.fields.empty()) return fail(std::move(missing));

  PostalCentroidRows rows;
  std::set<std::string> seen;
  for (const auto& record : file.records) {
    const std::string area_text(trimmed(record.cells.at(*fsa).value_or("")));
    // One row per area: a full postal code ("H2X 1Y4") is not an area.
    auto area = area_text.size() == 3 ? forward_sortation_area(area_text) : std::nullopt;
    std::optional<double> latitude, longitude;
    std::optional<FieldError> error;
    if (area_text.empty())
      error = FieldError{"fsa", "required", ""};
    else if (!area)
      error = FieldError{"fsa", "postal_area_malformed", area_text.substr(0, 20)};
    else if (!seen.insert(*area).second)
      error = FieldError{"fsa", "duplicate", *area};
    else if (auto e = coordinate_error(record.cells.at(*lat), "latitude", kMinLatitude, kMaxLatitude, latitude))
      error = e;
    else if (auto e2 = coordinate_error(record.cells.at(*lon), "longitude", kMinLongitude, kMaxLongitude, longitude))
      error = e2;
    if (error)
      rows.rejected.push_back({record.line, *error});
    else
      rows.centroids.push_back({*area, *latitude, *longitude});
  }
  return rows;
}

}  // namespace filet::directory
