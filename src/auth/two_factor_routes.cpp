#include "auth/two_factor_routes.hpp"

#include "api/responses.hpp"
#include "common/json_input.hpp"

namespace filet::auth {
namespace {

// The password or a code of the app: what disabling and new recovery codes ask for.
Result<Proof> decode_proof(const boost::json::object& body) {
  json_input::FieldReader in(body, {"password", "code"});
  Proof proof;
  if (const auto* password = in.raw("password")) {
    if (password->is_string() && password->as_string().size() <= 1024)
      proof.password = std::string(password->as_string());
    else
      in.add({"password", FieldCode::wrong_type, "string"});
  }
  if (auto code = in.text("code", {.max = 16})) proof.code = *code;
  if (!proof.password && !proof.code && !in.raw("password") && !in.raw("code"))
    in.add({"password", FieldCode::required, {}});
  TRY_VOID(in.finish());
  if (proof.password) proof.code.reset();
  return proof;
}

boost::json::object codes_json(const std::vector<std::string>& codes) {
  boost::json::array list;
  for (const auto& code : codes) list.emplace_back(code);
  return {{"recovery_codes", std::move(list)}};
}

constexpr auto RO = fields::Access::read_only;
const fields::Description kTwoFactorStatusFields{
    "TwoFactorStatus",
    {{.name = "enabled", .type = fields::Type::boolean, .access = RO},
     {.name = "required", .type = fields::Type::boolean, .access = RO},
     {.name = "recovery_codes_left", .type = fields::Type::integer, .high = 100, .access = RO}}};
// A new secret: not in force until a first code confirms it.
const fields::Description kTwoFactorEnrolmentFields{
    "TwoFactorEnrolment",
    {{.name = "secret", .max = 200, .access = RO}, {.name = "otpauth_uri", .max = 1000, .access = RO}}};
// Shown this once; each works once.
const fields::Description kRecoveryCodesFields{
    "RecoveryCodes", {{.name = "recovery_codes", .type = fields::Type::text_list, .max = 40, .access = RO}}};

}  // namespace

void add_two_factor_routes(api::Api& api, TwoFactorService& two_factor, SessionService& sessions) {
  for (const auto* record : {&kTwoFactorStatusFields, &kTwoFactorEnrolmentFields, &kRecoveryCodesFields})
    api.add_schema(*record, fields::Purpose::record);
  api.add(api::Route{"GET", "/api/v1/me/two-factor", Permission::signed_in,
                     [&two_factor](api::Context& ctx) -> Result<http::Response> {
                       auto status = TRY(two_factor.status(ctx.principal->user_id));
                       return api::json_response({{"enabled", status.enabled},
                                                  {"required", ctx.principal->two_factor_required},
                                                  {"recovery_codes_left", status.recovery_codes_left}});
                     },
                     "Whether two-step sign-in is on, required, and the recovery codes left"}
              .with_schemas("", "TwoFactorStatus"));
  api.add(api::Route{
      "POST", "/api/v1/me/two-factor", Permission::signed_in,
      [&two_factor](api::Context& ctx) -> Result<http::Response> {
        if (!ctx.request.body.empty()) {
          json_input::FieldReader in(TRY(api::body(ctx)), {});
          TRY_VOID(in.finish());
        }
        auto enrolment = TRY(two_factor.begin(ctx.actor(), ctx.principal->user_id, ctx.principal->email));
        return api::json_response({{"secret", enrolment.secret}, {"otpauth_uri", enrolment.otpauth_uri}}, 201);
      },
      "Start enrolling: a new secret and its otpauth:// URI (not in force until confirmed)"}
              .with_schemas("", "TwoFactorEnrolment", 201));
  api.add(api::Route{"POST", "/api/v1/me/two-factor/confirm", Permission::signed_in,
                     [&two_factor, &sessions](api::Context& ctx) -> Result<http::Response> {
                       auto body = TRY(api::body(ctx));
                       json_input::FieldReader in(body, {"code"});
                       auto code = in.text("code", {.required = true, .max = 16});
                       TRY_VOID(in.finish());
                       auto codes = TRY(two_factor.confirm(ctx.actor(), ctx.principal->user_id, *code));
                       TRY(sessions.reload(*ctx.principal));
                       return api::json_response(codes_json(codes));
                     },
                     "Turn two-step sign-in on with a first code; answers the recovery codes, shown this once"}
              .with_schemas("", "RecoveryCodes", 200));
  api.add(api::Route{"POST", "/api/v1/me/two-factor/recovery-codes", Permission::signed_in,
                     [&two_factor](api::Context& ctx) -> Result<http::Response> {
                       auto proof = TRY(decode_proof(TRY(api::body(ctx))));
                       auto codes = TRY(two_factor.new_recovery_codes(ctx.actor(), ctx.principal->user_id, proof));
                       return api::json_response(codes_json(codes));
                     },
                     "New recovery codes (the old ones stop working); needs the password or a code"}
              .with_schemas("", "RecoveryCodes", 200)
              .on_worker_pool());
  api.add(api::Route{"POST", "/api/v1/me/two-factor/disable", Permission::signed_in,
                     [&two_factor, &sessions](api::Context& ctx) -> Result<http::Response> {
                       auto proof = TRY(decode_proof(TRY(api::body(ctx))));
                       TRY_VOID(two_factor.disable(ctx.actor(), ctx.principal->user_id, proof));
                       TRY(sessions.reload(*ctx.principal));
                       return api::no_content();
                     },
                     "Turn two-step sign-in off; needs the password or a code"}
              .with_schemas("", "", 204)
              .on_worker_pool());
}

}  // namespace filet::auth
