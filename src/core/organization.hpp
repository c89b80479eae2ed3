#pragma once
// Organizations of the network: the same records serve the core model and the directory.
#include <optional>
#include <string>
#include <string_view>
#include <vector>
#include "common/json_writer.hpp"

namespace filet::core {

// Sectors as the seeds name them (community family/early childhood, newcomers, CISSS/CIUSSS, ...).
inline constexpr std::string_view kSectors[] = {"community_family",
                                                "community_newcomers",
                                                "social_paediatrics",
                                                "community_other",
                                                "health_social_services",
                                                "school",
                                                "childcare",
                                                "library",
                                                "municipality",
                                                "round_table",
                                                "legal_clinic",
                                                "social_housing",
                                                "other"};

struct NamedRef {
  std::string id;
  std::string name;
};

struct Organization {
  std::string id;
  std::string name;
  std::string sector;
  std::string email, phone, website;
  std::vector<NamedRef> territories;
  bool active = true;
  std::string created_at;
  std::string updated_at;
  int64_t version = 1;  // incremented by every change (optimistic versions)
};

struct OrganizationChanges {
  std::optional<std::string> name, sector, email, phone, website;
  std::optional<std::vector<std::string>> territory_ids;
  std::optional<bool> active;
  std::optional<int64_t> version;  // the version the change was made against; none: the current one
};

struct OrganizationFilter {
  std::string sector;
  std::string territory_id;
};

// The record as the API returns it, written straight into the response (no DOM).
void write_json(JsonWriter& w, const Organization& o);

}  // namespace filet::core
