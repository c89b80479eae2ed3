#include "referrals/referral_fields.hpp"

#include <boost/json/array.hpp>

#include "referrals/referral_status.hpp"

namespace filet::referrals {
using fields::Access;
using fields::Type;

namespace {
constexpr std::string_view kBoxes[] = {"sent", "received"};
constexpr std::string_view kYesNo[] = {"true", "false"};

boost::json::value text_or_null(const std::string& s) {
  if (s.empty()) return nullptr;
  return boost::json::string(s);
}
}  // namespace

const fields::Description kReferralFields{
    "Referral",
    {fields::kId,
     fields::kVersion,
     {.name = "organization_id", .type = Type::id, .access = Access::read_only},
     {.name = "family_id", .type = Type::id, .label = {"famille", "family"}, .required = true, .nullable = true},
     {.name = "family_code", .type = Type::text, .access = Access::read_only},
     {.name = "to_organization_id", .type = Type::id, .label = {"organisme destinataire", "receiving organization"}},
     {.name = "service_id",
      .type = Type::id,
      .label = {"service du répertoire", "directory service"},
      .nullable = true},
     {.name = "need_ids", .type = Type::id_list, .label = {"besoins", "needs"}, .required = true, .max_items = 20},
     {.name = "urgency",
      .type = Type::choice,
      .label = {"urgence", "urgency"},
      .required = true,
      .choices = kUrgencies},
     {.name = "message",
      .type = Type::text,
      .label = {"message au destinataire", "message to the receiver"},
      .max = 2000},
     {.name = "personalised",
      .type = Type::boolean,
      .label = {"aiguillage personnalisé (à une personne nommée)", "personalised referral (to a named person)"}},
     {.name = "contact_person",
      .type = Type::text,
      .label = {"personne à qui l’on réfère", "person referred to"},
      .max = 200},
     {.name = "accompanied",
      .type = Type::boolean,
      .label = {"accompagnement (l’intervenante va avec le parent)", "accompanied (the worker goes with the parent)"}},
     {.name = "status", .type = Type::choice, .choices = kStatuses, .access = Access::read_only},
     {.name = "decline_reason",
      .type = Type::choice,
      .choices = kDeclineReasons,
      .nullable = true,
      .access = Access::read_only},
     {.name = "sent_at", .type = Type::timestamp, .nullable = true, .access = Access::read_only},
     {.name = "acknowledged_at", .type = Type::timestamp, .nullable = true, .access = Access::read_only},
     {.name = "first_contact_at", .type = Type::timestamp, .nullable = true, .access = Access::read_only},
     {.name = "days_to_acknowledgement",
      .type = Type::integer,
      .high = 36500,
      .nullable = true,
      .access = Access::read_only},
     {.name = "days_to_first_contact",
      .type = Type::integer,
      .high = 36500,
      .nullable = true,
      .access = Access::read_only},
     {.name = "overdue", .type = Type::boolean, .access = Access::read_only},
     {.name = "side", .type = Type::choice, .choices = kSides, .access = Access::read_only},
     {.name = "next_statuses", .type = Type::text_list, .access = Access::read_only},
     fields::kCreatedAt,
     fields::kUpdatedAt}};

const fields::Description kReferralFilters{
    "ReferralFilters",
    {{.name = "box", .type = Type::choice, .label = {"boîte", "box"}, .choices = kBoxes},
     {.name = "status", .type = Type::choice, .label = {"statut", "status"}, .choices = kStatuses},
     {.name = "overdue", .type = Type::choice, .label = {"en retard", "overdue"}, .choices = kYesNo}}};

const fields::Description kTransitionRequestFields{
    "ReferralTransitionRequest",
    {{.name = "status", .type = Type::choice, .label = {"statut", "status"}, .required = true, .choices = kStatuses},
     {.name = "decline_reason",
      .type = Type::choice,
      .label = {"motif du refus", "reason for declining"},
      .choices = kDeclineReasons},
     {.name = "note", .type = Type::text, .label = {"note", "note"}, .max = 1000},
     fields::kVersion}};

const fields::Description kTransitionFields{
    "ReferralTransition",
    {{.name = "from_status", .type = Type::choice, .choices = kStatuses, .nullable = true, .access = Access::read_only},
     {.name = "to_status", .type = Type::choice, .choices = kStatuses, .access = Access::read_only},
     {.name = "decline_reason",
      .type = Type::choice,
      .choices = kDeclineReasons,
      .nullable = true,
      .access = Access::read_only},
     {.name = "note", .type = Type::text, .access = Access::read_only},
     {.name = "made_by_organization_id", .type = Type::id, .access = Access::read_only},
     {.name = "made_at", .type = Type::timestamp, .access = Access::read_only}}};

const fields::Description kReferralTimelineFields{
    "ReferralTimeline",
    {{.name = "referral_id", .type = Type::id, .access = Access::read_only},
     {.name = "transitions", .type = Type::object_list, .access = Access::read_only, .nested = &kTransitionFields}}};

Result<ReferralChanges> decode_referral(const boost::json::object& body, fields::Mode mode) {
  fields::Reader in(body, kReferralFields, mode);
  ReferralChanges c;
  c.family_id = in.text("family_id");
  c.to_organization_id = in.text("to_organization_id");
  c.service_id = in.text("service_id");
  c.need_ids = in.list("need_ids");
  c.urgency = in.text("urgency");
  c.message = in.text("message");
  c.personalised = in.boolean("personalised");
  c.contact_person = in.text("contact_person");
  c.accompanied = in.boolean("accompanied");
  if (in.creating() && !c.to_organization_id && !c.service_id)
    in.add({"to_organization_id", FieldCode::one_of_two, "service_id"});
  if (c.need_ids && c.need_ids->empty()) in.add({"need_ids", FieldCode::required});
  TRY_VOID(in.finish());
  return c;
}

Result<TransitionRequest> decode_transition(const boost::json::object& body) {
  fields::Reader in(body, kTransitionRequestFields, fields::Mode::create);
  TransitionRequest t;
  t.to = in.text("status").value_or("");
  t.reason = in.text("decline_reason").value_or("");
  t.note = in.text("note").value_or("");
  TRY_VOID(in.finish());
  return t;
}

boost::json::object to_json(const Referral& r) {
  boost::json::array needs, next;
  for (const auto& n : r.need_ids) needs.emplace_back(n);
  for (auto s : next_statuses(r.status, r.side)) next.emplace_back(s);
  auto days = [](const std::string& from, const std::string& to) -> boost::json::value {
    if (auto d = days_between(from, to)) return *d;
    return nullptr;
  };
  return {{"id", r.id},
          {"version", r.version},
          {"organization_id", r.organization_id},
          {"family_id", text_or_null(r.family_id)},
          {"family_code", r.family_code},
          {"to_organization_id", r.to_organization_id},
          {"service_id", text_or_null(r.service_id)},
          {"need_ids", std::move(needs)},
          {"urgency", r.urgency},
          {"message", r.message},
          {"personalised", r.personalised},
          {"contact_person", r.contact_person},
          {"accompanied", r.accompanied},
          {"status", r.status},
          {"decline_reason", text_or_null(r.decline_reason)},
          {"sent_at", text_or_null(r.sent_at)},
          {"acknowledged_at", text_or_null(r.acknowledged_at)},
          {"first_contact_at", text_or_null(r.first_contact_at)},
          {"days_to_acknowledgement", days(r.sent_at, r.acknowledged_at)},
          {"days_to_first_contact", days(r.sent_at, r.first_contact_at)},
          {"overdue", r.overdue},
          {"side", r.side == auth::ReferralSide::receiver ? "receiver" : "sender"},
          {"next_statuses", std::move(next)},
          {"created_at", r.created_at},
          {"updated_at", r.updated_at}};
}

boost::json::object to_json(const Transition& t) {
  return {{"from_status", text_or_null(t.from_status)},
          {"to_status", t.to_status},
          {"decline_reason", text_or_null(t.reason)},
          {"note", t.note},
          {"made_by_organization_id", t.made_by_organization_id},
          {"made_at", t.made_at}};
}

boost::json::object timeline_json(const std::string& referral_id, const std::vector<Transition>& steps) {
  boost::json::array list;
  for (const auto& t : steps) list.push_back(to_json(t));
  return {{"referral_id", referral_id}, {"transitions", std::move(list)}};
}

}  // namespace filet::referrals
