// The tables of the HSDS 3.1 CSV tabular package: file, columns in the order of the official
// descriptor (openreferral/specification 3.1 datapackage.json) and the type of each column.
// Generated once from that descriptor and schema/*.json (service_capacity and unit list fewer
// columns in the descriptor than in their JSON Schema: the missing scalar ones are appended).
// Embedded so the binary needs no copy of the specification at run time.
#include "directory/hsds_csv_io.hpp"

namespace filet::directory::csv {
namespace {
using enum ColumnType;
// One table per line group, as in the descriptor.
// clang-format off
constexpr Column kOrganization[] = {{"id", text}, {"name", text}, {"alternate_name", text}, {"description", text},
    {"email", text}, {"website", text}, {"tax_status", text}, {"tax_id", text}, {"year_incorporated", number},
    {"legal_status", text}, {"logo", text}, {"uri", text}, {"parent_organization_id", text}};
constexpr Column kProgram[] = {{"id", text}, {"organization_id", text}, {"name", text}, {"alternate_name", text},
    {"description", text}};
constexpr Column kService[] = {{"id", text}, {"organization_id", text}, {"program_id", text}, {"name", text},
    {"alternate_name", text}, {"description", text}, {"url", text}, {"email", text}, {"status", text},
    {"interpretation_services", text}, {"application_process", text}, {"fees_description", text}, {"wait_time", text},
    {"fees", text}, {"accreditations", text}, {"eligibility_description", text}, {"minimum_age", number},
    {"maximum_age", number}, {"assured_date", text}, {"assurer_email", text}, {"licenses", text}, {"alert", text},
    {"last_modified", text}};
constexpr Column kAttribute[] = {{"id", text}, {"link_id", text}, {"taxonomy_term_id", text}, {"link_type", text},
    {"link_entity", text}, {"value", text}, {"label", text}};
constexpr Column kServiceAtLocation[] = {{"id", text}, {"service_id", text}, {"location_id", text},
    {"description", text}};
constexpr Column kLocation[] = {{"id", text}, {"location_type", text}, {"url", text}, {"organization_id", text},
    {"name", text}, {"alternate_name", text}, {"description", text}, {"transportation", text}, {"latitude", number},
    {"longitude", number}, {"external_identifier", text}, {"external_identifier_type", text}};
constexpr Column kPhone[] = {{"id", text}, {"location_id", text}, {"service_id", text}, {"organization_id", text},
    {"contact_id", text}, {"service_at_location_id", text}, {"number", text}, {"extension", number}, {"type", text},
    {"description", text}};
constexpr Column kContact[] = {{"id", text}, {"organization_id", text}, {"service_id", text},
    {"service_at_location_id", text}, {"location_id", text}, {"name", text}, {"title", text}, {"department", text},
    {"email", text}};
constexpr Column kAddress[] = {{"id", text}, {"location_id", text}, {"attention", text}, {"address_1", text},
    {"address_2", text}, {"city", text}, {"region", text}, {"state_province", text}, {"postal_code", text},
    {"country", text}, {"address_type", text}};
constexpr Column kSchedule[] = {{"id", text}, {"service_id", text}, {"location_id", text},
    {"service_at_location_id", text}, {"valid_from", text}, {"valid_to", text}, {"dtstart", text},
    {"timezone", number}, {"until", text}, {"count", number}, {"wkst", text}, {"freq", text}, {"interval", number},
    {"byday", text}, {"byweekno", text}, {"bymonthday", text}, {"byyearday", text}, {"description", text},
    {"opens_at", text}, {"closes_at", text}, {"schedule_link", text}, {"attending_type", text}, {"notes", text}};
constexpr Column kFunding[] = {{"id", text}, {"organization_id", text}, {"service_id", text}, {"source", text}};
constexpr Column kServiceArea[] = {{"id", text}, {"service_id", text}, {"service_at_location_id", text},
    {"name", text}, {"description", text}, {"extent", text}, {"extent_type", text}, {"uri", text}};
constexpr Column kRequiredDocument[] = {{"id", text}, {"service_id", text}, {"document", text}, {"uri", text}};
constexpr Column kLanguage[] = {{"id", text}, {"service_id", text}, {"location_id", text}, {"phone_id", text},
    {"name", text}, {"code", text}, {"note", text}};
constexpr Column kAccessibility[] = {{"id", text}, {"location_id", text}, {"description", text}, {"details", text},
    {"url", text}};
constexpr Column kTaxonomyTerm[] = {{"id", text}, {"code", text}, {"name", text}, {"description", text},
    {"parent_id", text}, {"taxonomy", text}, {"language", text}, {"taxonomy_id", text}, {"term_uri", text}};
constexpr Column kMetadata[] = {{"id", text}, {"resource_id", text}, {"resource_type", text},
    {"last_action_date", text}, {"last_action_type", text}, {"field_name", text}, {"previous_value", text},
    {"replacement_value", text}, {"updated_by", text}};
constexpr Column kMetaTableDescription[] = {{"id", text}, {"name", text}, {"language", text},
    {"character_set", text}};
constexpr Column kCostOption[] = {{"id", text}, {"service_id", text}, {"valid_from", text}, {"valid_to", text},
    {"option", text}, {"currency", text}, {"amount", number}, {"amount_description", text}};
constexpr Column kOrganizationIdentifier[] = {{"id", text}, {"organization_id", text}, {"identifier_scheme", text},
    {"identifier_type", text}, {"identifier", text}};
constexpr Column kTaxonomy[] = {{"id", text}, {"name", text}, {"description", text}, {"uri", text},
    {"version", text}};
constexpr Column kServiceCapacity[] = {{"service_id", text}, {"unit_id", text}, {"id", text}, {"available", number},
    {"maximum", number}, {"description", text}, {"updated", text}};
constexpr Column kUnit[] = {{"id", text}, {"name", text}, {"scheme", text}, {"identifier", text}, {"uri", text}};
constexpr Column kUrl[] = {{"id", text}, {"label", text}, {"url", text}, {"organization_id", text},
    {"service_id", text}};
// Filet's bilingual extension, which the standard tables cannot hold.
constexpr Column kXFiletServices[] = {{"service_id", text}, {"is_free", boolean}, {"waiting_list_status", text},
    {"waiting_list_delay_days", number}, {"waiting_list_as_of", text}, {"verified_at", text}, {"verified_by", text}};
constexpr Column kXFiletTranslations[] = {{"service_id", text}, {"lang", text}, {"name", text}, {"description", text},
    {"eligibility_description", text}, {"application_process", text}, {"fees_description", text}};
// clang-format on
constexpr Table kTables[] = {
    {"organization", "organizations.csv", kOrganization},
    {"program", "programs.csv", kProgram},
    {"service", "services.csv", kService},
    {"attribute", "attributes.csv", kAttribute},
    {"service_at_location", "service_at_location.csv", kServiceAtLocation},
    {"location", "locations.csv", kLocation},
    {"phone", "phones.csv", kPhone},
    {"contact", "contacts.csv", kContact},
    {"address", "addresses.csv", kAddress},
    {"schedule", "schedules.csv", kSchedule},
    {"funding", "funding.csv", kFunding},
    {"service_area", "service_areas.csv", kServiceArea},
    {"required_document", "required_documents.csv", kRequiredDocument},
    {"language", "languages.csv", kLanguage},
    {"accessibility", "accessibility.csv", kAccessibility},
    {"taxonomy_term", "taxonomy_terms.csv", kTaxonomyTerm},
    {"metadata", "metadata.csv", kMetadata},
    {"meta_table_description", "meta_table_descriptions.csv", kMetaTableDescription},
    {"cost_option", "cost_options.csv", kCostOption},
    {"organization_identifier", "organization_identifiers.csv", kOrganizationIdentifier},
    {"taxonomy", "taxonomies.csv", kTaxonomy},
    {"service_capacity", "service_capacity.csv", kServiceCapacity},
    {"unit", "units.csv", kUnit},
    {"url", "url.csv", kUrl},
    {"x_filet_service", "x_filet_services.csv", kXFiletServices},
    {"x_filet_translation", "x_filet_translations.csv", kXFiletTranslations},
};

// Objects first (found by the parent's column), then arrays; for a child table named by several
// parents, the most specific parent comes first.
constexpr Nest kNests[] = {
    {"service", "organization", "organization", "organization_id", true},
    {"service", "program", "program", "program_id", true},
    {"service_at_location", "location", "location", "location_id", true},
    {"attribute", "taxonomy_term", "taxonomy_term", "taxonomy_term_id", true},
    // Filet's own JSON does not embed the taxonomy: embedding it on import would make a CSV round
    // trip differ from the JSON it came from. It is still written to taxonomies.csv.
    {"taxonomy_term", "taxonomy_detail", "taxonomy", "taxonomy_id", true, false},
    {"service_capacity", "unit", "unit", "unit_id", true},
    {"phone", "languages", "language", "phone_id"},
    {"service", "languages", "language", "service_id"},
    {"location", "languages", "language", "location_id"},
    {"contact", "phones", "phone", "contact_id"},
    {"service_at_location", "phones", "phone", "service_at_location_id"},
    {"service", "phones", "phone", "service_id"},
    {"location", "phones", "phone", "location_id"},
    {"organization", "phones", "phone", "organization_id"},
    {"service_at_location", "contacts", "contact", "service_at_location_id"},
    {"service", "contacts", "contact", "service_id"},
    {"location", "contacts", "contact", "location_id"},
    {"organization", "contacts", "contact", "organization_id"},
    {"service_at_location", "schedules", "schedule", "service_at_location_id"},
    {"service", "schedules", "schedule", "service_id"},
    {"location", "schedules", "schedule", "location_id"},
    {"service_at_location", "service_areas", "service_area", "service_at_location_id"},
    {"service", "service_areas", "service_area", "service_id"},
    {"service", "funding", "funding", "service_id"},
    {"organization", "funding", "funding", "organization_id"},
    {"service", "additional_urls", "url", "service_id"},
    {"organization", "additional_websites", "url", "organization_id"},
    {"service", "attributes", "attribute", "link_id"},
    {"service_at_location", "attributes", "attribute", "link_id"},
    {"location", "attributes", "attribute", "link_id"},
    {"organization", "attributes", "attribute", "link_id"},
    {"service", "metadata", "metadata", "resource_id"},
    {"service_at_location", "metadata", "metadata", "resource_id"},
    {"location", "metadata", "metadata", "resource_id"},
    {"organization", "metadata", "metadata", "resource_id"},
    {"service", "service_at_locations", "service_at_location", "service_id"},
    {"service", "required_documents", "required_document", "service_id"},
    {"service", "cost_options", "cost_option", "service_id"},
    {"service", "capacities", "service_capacity", "service_id"},
    {"location", "addresses", "address", "location_id"},
    {"location", "accessibility", "accessibility", "location_id"},
    {"organization", "organization_identifiers", "organization_identifier", "organization_id"},
};
}  // namespace

std::span<const Table> tables() {
  return kTables;
}
std::span<const Nest> nests() {
  return kNests;
}

const Table* table(std::string_view resource) {
  for (const auto& t : kTables)
    if (t.resource == resource) return &t;
  return nullptr;
}

}  // namespace filet::directory::csv
