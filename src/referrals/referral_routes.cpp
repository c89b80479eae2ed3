#include "referrals/referral_routes.hpp"

#include "api/resource.hpp"
#include "referrals/referral_fields.hpp"

namespace filet::referrals {
namespace {

Requester requester(const api::Context& ctx) {
  return {*ctx.principal, ctx.scope, ctx.actor()};
}

Result<referral_repository::Filters> filters_of(const http::Request& request) {
  referral_repository::Filters f;
  f.box = TRY(api::choice_param(request, kReferralFilters.field("box")));
  f.status = TRY(api::choice_param(request, kReferralFilters.field("status")));
  auto overdue = TRY(api::choice_param(request, kReferralFilters.field("overdue")));
  if (!overdue.empty()) f.overdue = overdue == "true";
  return f;
}

}  // namespace

void add_referral_routes(api::Api& api, ReferralService& service) {
  using auth::Permission;
  // Practitioners and managers (the policy then says on which side of a referral they are).
  constexpr auto kWork = Permission::record_families;
  api::add_resource<Referral, ReferralChanges>(
      api,
      {.path = "/api/v1/referrals",
       .sorts = referral_repository::kSorts,
       .fields = kReferralFields,
       .filters = &kReferralFilters,
       .list = {kWork, "List referrals sent by the organization and received by it (the inbox)"},
       .get = {kWork, "Read a referral (the receiver: only while the family's consent holds)"},
       .create = {kWork, "Make a referral of a family (a draft)"},
       .update = {kWork, "Change a draft referral"},
       .list_records = [&service](api::Context& ctx, const db::ListQuery& query) -> Result<db::Page<Referral>> {
         return service.list(requester(ctx), TRY(filters_of(ctx.request)), query);
       },
       .get_record = [&service](api::Context& ctx, const std::string& id) { return service.get(requester(ctx), id); },
       .decode = decode_referral,
       .create_record = [&service](api::Context& ctx,
                                   const ReferralChanges& changes) { return service.create(requester(ctx), changes); },
       .update_record = [&service](
                            api::Context& ctx, const std::string& id,
                            const ReferralChanges& changes) { return service.update(requester(ctx), id, changes); }});
  api.add_schema(kTransitionRequestFields, fields::Purpose::create);
  api.add_schema(kReferralTimelineFields, fields::Purpose::record);
  api.add(api::Route{"POST", "/api/v1/referrals/{id}/transitions", kWork,
                     [&service](api::Context& ctx) -> Result<http::Response> {
                       auto id = TRY(api::id_param(ctx));
                       auto object = TRY(api::body(ctx));
                       auto version = TRY(api::take_version(object));
                       auto step = TRY(decode_transition(object));
                       step.version = version;
                       return api::json_response(to_json(TRY(service.move(requester(ctx), id, step))));
                     },
                     "Take a step of the referral's loop (send, acknowledge, accept, decline…)"}
              .with_schemas("ReferralTransitionRequest", "Referral", 200)
              .with_version_conflict("Referral"));
  api.add(api::Route{"GET", "/api/v1/referrals/{id}/transitions", kWork,
                     [&service](api::Context& ctx) -> Result<http::Response> {
                       auto id = TRY(api::id_param(ctx));
                       return api::json_response(timeline_json(id, TRY(service.timeline(requester(ctx), id))));
                     },
                     "A referral's steps, oldest first, each dated with the organization that took it"}
              .with_schemas("", "ReferralTimeline"));
}

}  // namespace filet::referrals
