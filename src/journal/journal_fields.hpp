#pragma once
// The fields every journal entry shares, described once (decoding, labels, OpenAPI, web types),
// and the few steps of decoding they share.
#include <string_view>
#include <vector>

#include "common/fields.hpp"
#include "journal/journal_entry.hpp"

namespace filet::journal {

using fields::Access;
using fields::Type;

inline constexpr fields::Field kOrganizationField{
    .name = "organization_id", .type = Type::id, .label = {"organisme", "organization"}, .access = Access::create_only};
inline constexpr fields::Field kOrganizationNameField{
    .name = "organization_name", .type = Type::text, .max = 200, .access = Access::read_only};
inline constexpr fields::Field kWorkerField{
    .name = "worker_id", .type = Type::id, .nullable = true, .access = Access::read_only};
inline constexpr fields::Field kWorkerNameField{
    .name = "worker_name", .type = Type::text, .max = 200, .nullable = true, .access = Access::read_only};
inline constexpr fields::Field kEntryDateField{
    .name = "entry_date", .type = Type::date, .label = {"date", "date"}, .required = true};
// 1 to 4, the positions of the reference list efficacy_rating.
inline constexpr fields::Field kEfficacyField{.name = "efficacy",
                                              .type = Type::integer,
                                              .label = {"efficacité", "efficacy"},
                                              .required = true,
                                              .low = 1,
                                              .high = 4};
inline constexpr fields::Field kNoteField{
    .name = "note", .type = Type::text, .label = {"note", "note"}, .max = 2000, .nullable = true};
inline constexpr fields::Field kEditableField{.name = "editable", .type = Type::boolean, .access = Access::read_only};

// The filters every journal list takes first.
inline constexpr fields::Field kFromFilter{.name = "from", .type = Type::date, .label = {"du", "from"}};
inline constexpr fields::Field kToFilter{.name = "to", .type = Type::date, .label = {"au", "to"}};
inline constexpr fields::Field kOrganizationFilter{
    .name = "organization_id", .type = Type::id, .label = {"organisme", "organization"}};
inline constexpr fields::Field kWorkerFilter{
    .name = "worker_id", .type = Type::id, .label = {"intervenant.e", "worker"}};

// The names a body may carry: the writable ones, and on create organization_id.
std::vector<std::string_view> accepted_names(const fields::Description& description, fields::Mode mode);
// A whole-number field; required ones must be present on create (null or absent counts as none).
std::optional<int64_t> whole_number(fields::Reader& in, const fields::Field& field);
// Reads the shared fields into `changes`.
void read_base(fields::Reader& in, const fields::Description& description, EntryBaseChanges& changes);

}  // namespace filet::journal
