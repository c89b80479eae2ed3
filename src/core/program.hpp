#pragma once
// Programs: a period, member organizations and funders (e.g. an outreach-work pilot, a
// co-development group program).
#include <optional>
#include <string>
#include <vector>
#include "common/json_writer.hpp"

#include "core/organization.hpp"

namespace filet::core {

struct Program {
  std::string id;
  std::string name;
  std::string description;
  std::string starts_on;
  std::string ends_on;  // "" when open-ended
  std::vector<NamedRef> organizations;
  std::vector<std::string> funders;
  bool active = true;
  std::string created_at;
  std::string updated_at;
  int64_t version = 1;  // incremented by every change (optimistic versions)
};

struct ProgramChanges {
  std::optional<std::string> name, description, starts_on, ends_on;
  std::optional<std::vector<std::string>> organization_ids, funders;
  std::optional<bool> active;
  std::optional<int64_t> version;  // the version the change was made against; none: the current one
};

// The record as the API returns it, written straight into the response (no DOM).
void write_json(JsonWriter& w, const Program& p);

}  // namespace filet::core
