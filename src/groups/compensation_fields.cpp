#include "groups/compensation_fields.hpp"

#include <boost/json/array.hpp>

#include "groups/field_values.hpp"

namespace filet::groups {
using fields::Access;
using fields::Type;

namespace {
constexpr int64_t kMany = 1'000'000'000'000;

const fields::Description kTotalFields{
    "GroupCompensationTotal",
    {{.name = "id", .type = Type::id, .nullable = true, .access = Access::read_only},
     {.name = "name", .type = Type::text, .access = Access::read_only},
     {.name = "paid_cents", .type = Type::integer, .high = kMany, .access = Access::read_only},
     {.name = "to_pay_cents", .type = Type::integer, .high = kMany, .access = Access::read_only},
     {.name = "payments", .type = Type::integer, .high = kMany, .access = Access::read_only}}};

boost::json::object total_json(const CompensationTotal& t) {
  return {{"id", text_or_null(t.id)},
          {"name", t.name},
          {"paid_cents", t.paid_cents},
          {"to_pay_cents", t.to_pay_cents},
          {"payments", t.payments}};
}

boost::json::array totals_json(const std::vector<CompensationTotal>& totals) {
  boost::json::array out;
  for (const auto& t : totals) out.emplace_back(total_json(t));
  return out;
}
}  // namespace

const fields::Description kCompensationFields{
    "GroupCompensation",
    {fields::kId,
     fields::kVersion,
     {.name = "group_id", .type = Type::id, .label = {"groupe", "group"}, .required = true},
     {.name = "session_id", .type = Type::id, .label = {"rencontre", "session"}, .nullable = true},
     {.name = "participant_id",
      .type = Type::id,
      .label = {"personne payée (participante ou participant)", "person paid (participant)"},
      .nullable = true},
     {.name = "payee_organization_id",
      .type = Type::id,
      .label = {"organisme payé", "organization paid"},
      .nullable = true},
     {.name = "kind",
      .type = Type::choice,
      .label = {"type de dédommagement", "kind of compensation"},
      .required = true,
      .choices = kCompensationKinds},
     {.name = "amount_cents",
      .type = Type::integer,
      .label = {"montant", "amount"},
      .required = true,
      .low = 1,
      .high = kMaxCompensationCents},
     {.name = "paid_on", .type = Type::date, .label = {"date du paiement", "date paid"}, .nullable = true},
     {.name = "note", .type = Type::text, .label = {"note", "note"}, .max = 1000},
     fields::kCreatedAt,
     fields::kUpdatedAt}};

const fields::Description kCompensationTotalsFields{
    "GroupCompensationTotals",
    {{.name = "organizations", .type = Type::object_list, .access = Access::read_only, .nested = &kTotalFields},
     {.name = "programs", .type = Type::object_list, .access = Access::read_only, .nested = &kTotalFields},
     {.name = "overall", .type = Type::object, .access = Access::read_only, .nested = &kTotalFields}}};

const fields::Description kCompensationTotalsQueryFields{
    "GroupCompensationTotalsQuery",
    {{.name = "program_id", .type = Type::id, .label = {"programme de rencontres", "program of sessions"}}}};

Result<CompensationChanges> decode_compensation(const boost::json::object& body, fields::Mode mode) {
  fields::Reader in(body, kCompensationFields, mode);
  CompensationChanges c;
  c.group_id = in.text("group_id");
  c.session_id = in.text("session_id");
  c.participant_id = in.text("participant_id");
  c.payee_organization_id = in.text("payee_organization_id");
  c.kind = in.text("kind");
  if (auto amount = in.integer("amount_cents"); amount && *amount) c.amount_cents = **amount;
  c.paid_on = in.text("paid_on");
  c.note = in.text("note");
  TRY_VOID(in.finish());
  return c;
}

boost::json::object to_json(const Compensation& k) {
  return {{"id", k.id},
          {"version", k.version},
          {"group_id", k.group_id},
          {"session_id", text_or_null(k.session_id)},
          {"participant_id", text_or_null(k.participant_id)},
          {"payee_organization_id", text_or_null(k.payee_organization_id)},
          {"kind", k.kind},
          {"amount_cents", k.amount_cents},
          {"paid_on", text_or_null(k.paid_on)},
          {"note", k.note},
          {"created_at", k.created_at},
          {"updated_at", k.updated_at}};
}

boost::json::object to_json(const CompensationTotals& t) {
  return {{"organizations", totals_json(t.organizations)},
          {"programs", totals_json(t.programs)},
          {"overall", total_json(t.overall)}};
}

}  // namespace filet::groups
