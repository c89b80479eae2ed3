#pragma once
// Territories: region -> territory -> neighbourhood or housing site; each urban, rural or mixed.
#include <optional>
#include <string>
#include <string_view>
#include "common/json_writer.hpp"

namespace filet::core {

inline constexpr std::string_view kTerritoryKinds[] = {"region", "territory", "neighbourhood", "housing_site"};
inline constexpr std::string_view kTerritorySettings[] = {"urban", "rural", "mixed"};

struct Territory {
  std::string id;
  std::string name;
  std::string kind;
  std::string setting;
  std::string parent_id;  // "" for a top-level region
  std::string parent_name;
  bool active = true;
  std::string created_at;
  std::string updated_at;
  int64_t version = 1;  // incremented by every change (optimistic versions)
};

// A create or a partial update; absent fields stay as they are. parent_id "" clears the parent.
struct TerritoryChanges {
  std::optional<std::string> name, kind, setting, parent_id;
  std::optional<bool> active;
  std::optional<int64_t> version;  // the version the change was made against; none: the current one
};

struct TerritoryFilter {
  std::string kind;
  std::string parent_id;
};

// The record as the API returns it, written straight into the response (no DOM).
void write_json(JsonWriter& w, const Territory& t);

}  // namespace filet::core
