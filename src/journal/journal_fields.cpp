#include "journal/journal_fields.hpp"

namespace filet::journal {

std::vector<std::string_view> accepted_names(const fields::Description& description, fields::Mode mode) {
  auto names = description.writable();
  if (mode == fields::Mode::create) names.push_back(kOrganizationField.name);
  return names;
}

std::optional<int64_t> whole_number(fields::Reader& in, const fields::Field& field) {
  auto value = in.integer(field.name);
  bool missing = !value || !*value;
  if (field.required && missing && !in.has(field.name) && in.creating()) {
    in.add({std::string(field.name), FieldCode::required, {}});
    return std::nullopt;
  }
  if (field.required && value && !*value) {  // null: cannot clear a required number
    in.add({std::string(field.name), FieldCode::required, {}});
    return std::nullopt;
  }
  if (!value) return std::nullopt;
  return value->value_or(0);
}

void read_base(fields::Reader& in, const fields::Description& description, EntryBaseChanges& changes) {
  if (in.creating()) changes.organization_id = in.text(kOrganizationField.name);
  changes.entry_date = in.text(kEntryDateField.name);
  changes.efficacy = whole_number(in, description.field(kEfficacyField.name));
  changes.note = in.text(kNoteField.name);
}

}  // namespace filet::journal
