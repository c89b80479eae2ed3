#include "gaps/gap_fields.hpp"

namespace filet::gaps {
using fields::Access;
using fields::Type;

namespace {
constexpr std::string_view kSettings[] = {"urban", "rural", "mixed"};
constexpr std::string_view kHiddenWhy[] = {"primary", "complementary"};
constexpr std::string_view kFormats[] = {"csv", "xlsx"};
constexpr std::string_view kLanguages[] = {"fr", "en"};
constexpr int64_t kMany = 1'000'000'000'000;

boost::json::value text_or_null(const std::string& s) {
  if (s.empty()) return nullptr;
  return boost::json::string(s);
}
fields::Field out(std::string_view name, Type type, bool nullable = false) {
  return {.name = name, .type = type, .nullable = nullable, .access = Access::read_only};
}
fields::Field count() {
  return {
      .name = "count", .type = Type::integer, .low = 0, .high = kMany, .nullable = true, .access = Access::read_only};
}
fields::Field hidden() {
  return {.name = "hidden", .type = Type::choice, .choices = kHiddenWhy, .nullable = true, .access = Access::read_only};
}
fields::Field list_of(std::string_view name, const fields::Description& d) {
  return {.name = name, .type = Type::object_list, .access = Access::read_only, .nested = &d};
}
}  // namespace

const fields::Description kGapFields{
    "ServiceGap",
    {fields::kId,
     fields::kVersion,
     {.name = "organization_id", .type = Type::id, .label = {"organisme", "organization"}},
     {.name = "need_id", .type = Type::id, .label = {"besoin", "need"}, .required = true},
     {.name = "territory_id", .type = Type::id, .label = {"territoire", "territory"}, .required = true},
     {.name = "reason", .type = Type::choice, .label = {"motif", "reason"}, .required = true, .choices = kGapReasons},
     {.name = "reason_other",
      .type = Type::text,
      .label = {"autre motif (préciser)", "other reason (specify)"},
      .max = 300},
     {.name = "family_id", .type = Type::id, .label = {"famille", "family"}, .nullable = true},
     {.name = "family_code", .type = Type::text, .nullable = true, .access = Access::read_only},
     {.name = "referral_id",
      .type = Type::id,
      .label = {"référence d’origine", "referral it came from"},
      .nullable = true},
     {.name = "note", .type = Type::text, .label = {"note", "note"}, .max = 2000},
     {.name = "gap_date", .type = Type::date, .label = {"date", "date"}, .required = true},
     fields::kCreatedAt,
     fields::kUpdatedAt}};

const fields::Description kGapFilters{
    "ServiceGapFilters",
    {{.name = "organization_id", .type = Type::id, .label = {"organisme", "organization"}},
     {.name = "need_id", .type = Type::id, .label = {"besoin", "need"}},
     {.name = "territory_id", .type = Type::id, .label = {"territoire", "territory"}},
     {.name = "reason", .type = Type::choice, .label = {"motif", "reason"}, .choices = kGapReasons},
     {.name = "referral_id", .type = Type::id, .label = {"référence d’origine", "referral it came from"}},
     {.name = "from", .type = Type::date, .label = {"du", "from"}},
     {.name = "to", .type = Type::date, .label = {"au", "to"}}}};

const fields::Description kGapProposalFields{
    "ServiceGapProposal",
    {out("organization_id", Type::id),
     out("need_id", Type::id, true),
     out("need_ids", Type::text_list),
     out("territory_id", Type::id, true),
     {.name = "reason", .type = Type::choice, .choices = kGapReasons, .nullable = true, .access = Access::read_only},
     out("family_id", Type::id),
     out("referral_id", Type::id),
     out("gap_date", Type::date)}};

const fields::Description kGapProposalQuery{
    "ServiceGapProposalQuery",
    {{.name = "referral_id", .type = Type::id, .label = {"référence", "referral"}, .required = true}}};

const fields::Description kGapRegisterQuery{
    "ServiceGapRegisterQuery",
    {{.name = "from", .type = Type::date, .label = {"du", "from"}},
     {.name = "to", .type = Type::date, .label = {"au", "to"}},
     {.name = "quarter", .type = Type::text, .label = {"trimestre", "quarter"}, .max = 7},
     {.name = "setting", .type = Type::choice, .label = {"milieu", "setting"}, .choices = kSettings}}};

const fields::Description kGapExportQuery{
    "ServiceGapRegisterExport",
    {{.name = "format", .type = Type::choice, .label = {"format", "format"}, .choices = kFormats},
     {.name = "lang", .type = Type::choice, .label = {"langue", "language"}, .choices = kLanguages}}};

const fields::Description kGapRegisterCount{"ServiceGapRegisterCount", {count(), hidden()}};
const fields::Description kGapRegisterNeed{"ServiceGapRegisterNeed",
                                           {out("id", Type::id), out("name", Type::text), count(), hidden()}};
const fields::Description kGapRegisterTerritory{"ServiceGapRegisterTerritory",
                                                {out("id", Type::id),
                                                 out("name", Type::text),
                                                 {.name = "setting", .type = Type::text, .access = Access::read_only},
                                                 count(),
                                                 hidden()}};
const fields::Description kGapRegisterCell{"ServiceGapRegisterCell",
                                           {out("need_id", Type::id),
                                            out("territory_id", Type::id),
                                            count(),
                                            hidden(),
                                            {.name = "top_reason",
                                             .type = Type::choice,
                                             .choices = kGapReasons,
                                             .nullable = true,
                                             .access = Access::read_only}}};
const fields::Description kGapRegisterTally{"ServiceGapRegisterTally", {out("code", Type::text), count(), hidden()}};
const fields::Description kGapRegister{
    "ServiceGapRegister",
    {out("from", Type::date, true),
     out("to", Type::date, true),
     out("quarter", Type::text, true),
     {.name = "setting", .type = Type::choice, .choices = kSettings, .nullable = true, .access = Access::read_only},
     {.name = "suppressed_below",
      .type = Type::integer,
      .low = 1,
      .high = 100,
      .nullable = true,
      .access = Access::read_only},
     list_of("needs", kGapRegisterNeed),
     list_of("territories", kGapRegisterTerritory),
     list_of("cells", kGapRegisterCell),
     {.name = "total", .type = Type::object, .access = Access::read_only, .nested = &kGapRegisterCount},
     list_of("by_reason", kGapRegisterTally),
     list_of("by_quarter", kGapRegisterTally),
     list_of("by_setting", kGapRegisterTally)}};

Result<GapChanges> decode_gap(const boost::json::object& body, fields::Mode mode) {
  fields::Reader in(body, kGapFields, mode);
  GapChanges c;
  c.organization_id = in.text("organization_id");
  c.need_id = in.text("need_id");
  c.territory_id = in.text("territory_id");
  c.reason = in.text("reason");
  c.reason_other = in.text("reason_other");
  c.family_id = in.text("family_id");
  c.referral_id = in.text("referral_id");
  c.note = in.text("note");
  c.gap_date = in.text("gap_date");
  TRY_VOID(in.finish());
  return c;
}

boost::json::object to_json(const Gap& g) {
  return {{"id", g.id},
          {"version", g.version},
          {"organization_id", g.organization_id},
          {"need_id", g.need_id},
          {"territory_id", g.territory_id},
          {"reason", g.reason},
          {"reason_other", g.reason_other},
          {"family_id", text_or_null(g.family_id)},
          {"family_code", text_or_null(g.family_code)},
          {"referral_id", text_or_null(g.referral_id)},
          {"note", g.note},
          {"gap_date", g.gap_date},
          {"created_at", g.created_at},
          {"updated_at", g.updated_at}};
}

}  // namespace filet::gaps
