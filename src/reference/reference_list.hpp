#pragma once
// Reference lists: bilingual lists of choices with stable codes (outreach strategies,
// vulnerability factors, decline reasons…). Records of other modules store the code, never the
// label; entries are retired, never deleted, so old records and reports still read them.
#include <boost/json/object.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace filet::reference {

struct ReferenceList {
  std::string key;  // e.g. outreach_strategy
  std::string name_fr, name_en, description_fr, description_en;
  int64_t position = 0;
  int64_t active_count = 0;
  int64_t retired_count = 0;
};

struct ReferenceEntry {
  std::string id;
  std::string list_key;
  std::string code;  // stable: never renamed
  std::string label_fr, label_en, description_fr, description_en;
  int64_t position = 0;
  bool built_in = false;   // installed by Filet (else added by an admin)
  std::string retired_at;  // "" while offered for new records
  std::string retired_by;
  std::string created_at;
  std::string created_by;  // "" when installed by Filet
  std::string updated_at;
  bool retired() const { return !retired_at.empty(); }
};

// What an admin may change on an entry; absent fields stay as they are. The code is not here:
// it is set once, when the entry is added.
struct EntryChanges {
  std::optional<std::string> label_fr, label_en, description_fr, description_en;
  std::optional<int64_t> position;
  std::optional<bool> retired;
};

// A code (and a list key): a lowercase ASCII letter, then 1 to 40 lowercase letters, digits or _.
bool is_valid_code(std::string_view code);
inline constexpr std::string_view kCodeExample = "street_presence";
inline constexpr size_t kLabelMax = 200;
inline constexpr size_t kDescriptionMax = 1000;
inline constexpr int64_t kPositionMax = 100000;

boost::json::object to_json(const ReferenceList& list);
boost::json::object to_json(const ReferenceEntry& entry);

}  // namespace filet::reference
