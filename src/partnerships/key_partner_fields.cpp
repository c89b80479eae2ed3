#include "partnerships/key_partner_fields.hpp"

#include "core/json_output.hpp"

namespace filet::partnerships {
using core::nullable;
using fields::Access;
using fields::Type;

namespace {
constexpr std::string_view kHiddenWhy[] = {"primary", "complementary"};
constexpr int64_t kMany = 1'000'000'000'000;

fields::Field out(std::string_view name, Type type, bool is_nullable = false) {
  return {.name = name, .type = type, .nullable = is_nullable, .access = Access::read_only};
}
fields::Field count(std::string_view name) {
  return {.name = name, .type = Type::integer, .low = 0, .high = kMany, .nullable = true, .access = Access::read_only};
}
fields::Field hidden(std::string_view name) {
  return {.name = name, .type = Type::choice, .choices = kHiddenWhy, .nullable = true, .access = Access::read_only};
}
fields::Field codes(std::string_view name, fields::Label label) {
  return {.name = name, .type = Type::text_list, .label = label, .min = 1, .max = 60, .max_items = 20};
}
fields::Field criterion(std::string_view name, fields::Label label) {
  return {.name = name, .type = Type::boolean, .label = label};
}
boost::json::array strings(const std::vector<std::string>& list) {
  boost::json::array a;
  for (const auto& s : list) a.emplace_back(s);
  return a;
}
}  // namespace

const fields::Description kKeyPartnerFields{
    "KeyPartner",
    {fields::kId,
     fields::kVersion,
     {.name = "organization_id", .type = Type::id, .label = {"organisme", "organization"}},
     {.name = "period_from",
      .type = Type::date,
      .label = {"début de la période", "start of the period"},
      .required = true},
     {.name = "period_to", .type = Type::date, .label = {"fin de la période", "end of the period"}, .required = true},
     out("chooser_id", Type::id),
     {.name = "chooser_role", .type = Type::choice, .choices = kChooserRoles, .access = Access::read_only},
     {.name = "partner_id",
      .type = Type::id,
      .label = {"partenaire (organisme de Filet)", "partner (an organization in Filet)"},
      .nullable = true},
     {.name = "partner_outside_name",
      .type = Type::text,
      .label = {"partenaire hors Filet (nom)", "partner not in Filet (name)"},
      .min = 2,
      .max = 200,
      .nullable = true},
     out("partner_organization_name", Type::text, true),
     {.name = "partner_category",
      .type = Type::text,
      .label = {"catégorie du partenaire", "partner’s category"},
      .required = true,
      .max = 60},
     criterion("links_families", {"facilite un véritable lien entre les familles et ses ressources",
                                  "facilitates a real link between the families and its resources"}),
     criterion("shares_dialogue", {"partage des espaces de dialogue sur les approches et les pratiques",
                                   "shares spaces of dialogue on approaches and practices"}),
     criterion("adapts_practices", {"contribue à l’adaptation des pratiques", "contributes to adapting practices"}),
     codes("success_factors", {"facteurs de réussite", "success factors"}),
     codes("partnership_obstacles", {"obstacles à la collaboration", "obstacles to the collaboration"}),
     {.name = "solutions", .type = Type::text, .label = {"solutions essayées", "solutions tried"}, .max = 2000},
     criterion("difficult", {"collaboration particulièrement difficile", "particularly difficult collaboration"}),
     out("editable", Type::boolean),
     fields::kCreatedAt,
     fields::kUpdatedAt}};

const fields::Description kKeyPartnerFilters{
    "KeyPartnerFilters",
    {{.name = "organization_id", .type = Type::id, .label = {"organisme", "organization"}},
     {.name = "from", .type = Type::date, .label = {"du", "from"}},
     {.name = "to", .type = Type::date, .label = {"au", "to"}}}};

const fields::Description kKeyPartnerSummaryQuery{"KeyPartnerSummaryQuery",
                                                  {{.name = "from", .type = Type::date, .label = {"du", "from"}},
                                                   {.name = "to", .type = Type::date, .label = {"au", "to"}}}};

namespace {
constexpr std::string_view kFormats[] = {"csv", "xlsx"};
constexpr std::string_view kLanguages[] = {"fr", "en"};
}  // namespace

const fields::Description kKeyPartnerExportQuery{
    "KeyPartnerSummaryExport",
    {{.name = "format", .type = Type::choice, .label = {"format", "format"}, .choices = kFormats},
     {.name = "lang", .type = Type::choice, .label = {"langue", "language"}, .choices = kLanguages}}};

const fields::Description kKeyPartnerCount{"KeyPartnerCount", {count("count"), hidden("hidden")}};
const fields::Description kKeyPartnerCategoryRow{
    "KeyPartnerCategoryRow",
    {out("code", Type::text),
     {.name = "practitioner", .type = Type::object, .access = Access::read_only, .nested = &kKeyPartnerCount},
     {.name = "manager", .type = Type::object, .access = Access::read_only, .nested = &kKeyPartnerCount},
     {.name = "total", .type = Type::object, .access = Access::read_only, .nested = &kKeyPartnerCount}}};
const fields::Description kKeyPartnerCriterionRow{
    "KeyPartnerCriterionRow",
    {out("code", Type::text),
     {.name = "met", .type = Type::object, .access = Access::read_only, .nested = &kKeyPartnerCount},
     {.name = "not_met", .type = Type::object, .access = Access::read_only, .nested = &kKeyPartnerCount}}};
const fields::Description kKeyPartnerSummary{
    "KeyPartnerSummary",
    {out("from", Type::date, true),
     out("to", Type::date, true),
     {.name = "suppressed_below",
      .type = Type::integer,
      .low = 1,
      .high = 100,
      .nullable = true,
      .access = Access::read_only},
     {.name = "by_category", .type = Type::object_list, .access = Access::read_only, .nested = &kKeyPartnerCategoryRow},
     {.name = "by_role_total", .type = Type::object, .access = Access::read_only, .nested = &kKeyPartnerCategoryRow},
     {.name = "by_criterion",
      .type = Type::object_list,
      .access = Access::read_only,
      .nested = &kKeyPartnerCriterionRow}}};

Result<KeyPartnerChanges> decode_key_partner(const boost::json::object& body, fields::Mode mode) {
  fields::Reader in(body, kKeyPartnerFields, mode);
  KeyPartnerChanges c;
  c.organization_id = in.text("organization_id");
  c.period_from = in.text("period_from");
  c.period_to = in.text("period_to");
  c.partner_organization_id = in.text("partner_id");
  c.partner_name = in.text("partner_outside_name");
  c.category = in.text("partner_category");
  c.links_families = in.boolean("links_families");
  c.shares_dialogue = in.boolean("shares_dialogue");
  c.adapts_practices = in.boolean("adapts_practices");
  c.success_factors = in.list("success_factors");
  c.obstacles = in.list("partnership_obstacles");
  c.solutions = in.text("solutions");
  c.difficult = in.boolean("difficult");
  TRY_VOID(in.finish());
  return c;
}

boost::json::object to_json(const KeyPartner& k) {
  return {{"id", k.id},
          {"version", k.version},
          {"organization_id", k.organization_id},
          {"period_from", k.period_from},
          {"period_to", k.period_to},
          {"chooser_id", k.chooser_id},
          {"chooser_role", k.chooser_role},
          {"partner_id", nullable(k.partner_organization_id)},
          {"partner_outside_name", nullable(k.partner_name)},
          {"partner_organization_name", nullable(k.partner_organization_name)},
          {"partner_category", k.category},
          {"links_families", k.links_families},
          {"shares_dialogue", k.shares_dialogue},
          {"adapts_practices", k.adapts_practices},
          {"success_factors", strings(k.success_factors)},
          {"partnership_obstacles", strings(k.obstacles)},
          {"solutions", k.solutions},
          {"difficult", k.difficult},
          {"editable", k.editable},
          {"created_at", k.created_at},
          {"updated_at", k.updated_at}};
}

}  // namespace filet::partnerships
