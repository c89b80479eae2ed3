#include "auth/session_routes.hpp"

#include "api/responses.hpp"
#include "core/user.hpp"
#include "core/user_fields.hpp"

namespace filet::auth {
namespace {

constexpr std::string_view kOwnProfileFields[] = {"locale", "name"};

const fields::Description kSignInFields{
    "SignIn",
    {{.name = "email", .label = {"courriel", "email"}, .required = true, .max = 254},
     // Longer than any password the rules allow: refused as wrong credentials, never hashed.
     {.name = "password",
      .type = fields::Type::secret,
      .label = {"mot de passe", "password"},
      .required = true,
      .max = 1024,
      .access = fields::Access::write_only}}};

const fields::Description kSecondFactorFields{
    "SecondFactor",
    {{.name = "code", .label = {"code", "code"}, .max = 16},
     {.name = "recovery_code", .label = {"code de récupération", "recovery code"}, .max = 32}}};

const fields::Description kTwoFactorStateFields{
    "TwoFactorState",
    {{.name = "enabled", .type = fields::Type::boolean}, {.name = "required", .type = fields::Type::boolean}}};

// The signed-in account as me_json writes it.
const fields::Description kMeUserFields{
    "MeUser",
    {fields::kId,
     {.name = "email", .max = 254},
     {.name = "name", .max = 200},
     {.name = "locale", .type = fields::Type::choice, .choices = core::kLocales},
     {.name = "is_admin", .type = fields::Type::boolean},
     fields::kActive,
     {.name = "memberships", .type = fields::Type::object_list, .nested = &core::kMembershipFields},
     {.name = "two_factor", .type = fields::Type::object, .nested = &kTwoFactorStateFields},
     fields::kCreatedAt,
     fields::kUpdatedAt}};

const fields::Description kMeFields{
    "Me",
    {{.name = "user", .type = fields::Type::object, .nested = &kMeUserFields}, {.name = "csrf_token", .max = 200}}};

const fields::Description kSecondFactorDueFields{"SecondFactorDue",
                                                 {{.name = "second_factor_required", .type = fields::Type::boolean},
                                                  {.name = "methods", .type = fields::Type::text_list, .max = 20}}};

std::string session_cookie(const std::string& value, bool secure, bool expire) {
  std::string cookie = "filet_session=" + value + "; Path=/; HttpOnly; SameSite=Strict";
  cookie += expire ? "; Max-Age=0" : "; Max-Age=43200";
  if (secure) cookie += "; Secure";
  return cookie;
}

// The pending sign-in between the password and the code: sent back to the second step only.
std::string pending_cookie(const std::string& value, bool secure, bool expire) {
  std::string cookie = "filet_pending=" + value + "; Path=/api/v1/session; HttpOnly; SameSite=Strict";
  cookie += expire ? "; Max-Age=0" : "; Max-Age=300";
  if (secure) cookie += "; Secure";
  return cookie;
}

boost::json::object me_json(const Principal& p) {
  return {{"user",
           {{"id", p.user_id},
            {"email", p.email},
            {"name", p.name},
            {"locale", p.locale},
            {"is_admin", p.is_admin},
            {"active", true},
            {"memberships", core::memberships_json(p.memberships)},
            {"two_factor", {{"enabled", p.two_factor_enabled}, {"required", p.two_factor_required}}},
            {"created_at", p.created_at},
            {"updated_at", p.updated_at}}},
          {"csrf_token", p.csrf_token}};
}

}  // namespace

void add_session_routes(api::Api& api, SessionService& sessions, core::UserService& users) {
  for (const auto* body : {&kSignInFields, &kSecondFactorFields}) api.add_schema(*body, fields::Purpose::create);
  for (const auto* record : {&kMeFields, &kSecondFactorDueFields}) api.add_schema(*record, fields::Purpose::record);
  api.add_schema("OwnProfile", fields::object_schema(core::kUserFields, fields::Purpose::update, kOwnProfileFields));
  api.add(api::Route{
      "POST", "/api/v1/session", Permission::anyone,
      [&sessions](api::Context& ctx) -> Result<http::Response> {
        auto body = TRY(api::body(ctx));
        fields::Reader in(body, kSignInFields, fields::Mode::create);
        auto email = in.text("email");
        auto password = in.text("password");
        TRY_VOID(in.finish());
        std::string secret = std::move(*password);
        if (secret.size() > kSignInFields.field("password").max) return fail(ErrorCode::invalid_credentials);
        auto signed_in = TRY(sessions.sign_in(*email, secret, ctx.request.remote_address, ctx.request.request_id));
        if (!signed_in.pending_token.empty()) {
          // 202: the password is right, a code is due (POST /api/v1/session/second-factor).
          auto response = api::json_response(
              boost::json::object{{"second_factor_required", true}, {"methods", {"totp", "recovery_code"}}}, 202);
          response.set_header("Set-Cookie", pending_cookie(signed_in.pending_token, ctx.request.secure, false));
          return response;
        }
        auto response = api::json_response(me_json(signed_in.principal));
        response.set_header("Set-Cookie", session_cookie(signed_in.token, ctx.request.secure, false));
        return response;
      },
      "Sign in (202 when a second factor is due)"}
              .on_worker_pool()
              .with_schemas("SignIn", "Me"));
  api.add(api::Route{"POST", "/api/v1/session/second-factor", Permission::anyone,
                     [&sessions](api::Context& ctx) -> Result<http::Response> {
                       auto body = TRY(api::body(ctx));
                       fields::Reader in(body, kSecondFactorFields, fields::Mode::create);
                       Proof proof;
                       if (auto code = in.text("code")) proof.code = *code;
                       if (auto recovery = in.text("recovery_code")) proof.recovery_code = *recovery;
                       if (!in.raw("code") && !in.raw("recovery_code")) in.add({"code", FieldCode::required, {}});
                       TRY_VOID(in.finish());
                       if (proof.code && proof.recovery_code) proof.recovery_code.reset();
                       auto signed_in =
                           TRY(sessions.complete_sign_in(std::string(ctx.request.cookie("filet_pending").value_or("")),
                                                         proof, ctx.request.remote_address, ctx.request.request_id));
                       auto response = api::json_response(me_json(signed_in.principal));
                       response.set_header("Set-Cookie", session_cookie(signed_in.token, ctx.request.secure, false));
                       response.set_header("Set-Cookie", pending_cookie("", ctx.request.secure, true));
                       return response;
                     },
                     "Second step of sign-in: a code of the app or a recovery code"}
              .with_schemas("SecondFactor", "Me", 200));
  api.add({"DELETE", "/api/v1/session", Permission::signed_in,
           [&sessions](api::Context& ctx) -> Result<http::Response> {
             TRY_VOID(sessions.sign_out(*ctx.principal, ctx.request.request_id));
             auto response = api::no_content();
             response.set_header("Set-Cookie", session_cookie("", ctx.request.secure, true));
             return response;
           },
           "Sign out"});
  api.add(api::Route{
      "GET", "/api/v1/me", Permission::signed_in,
      [](api::Context& ctx) -> Result<http::Response> { return api::json_response(me_json(*ctx.principal)); },
      "The signed-in account"}
              .with_schemas("", "Me"));
  api.add(api::Route{"PATCH", "/api/v1/me", Permission::signed_in,
                     [&sessions, &users](api::Context& ctx) -> Result<http::Response> {
                       auto changes =
                           TRY(core::decode_user(TRY(api::body(ctx)), fields::Mode::update, kOwnProfileFields));
                       TRY_VOID(users.update(ctx.actor(), ctx.principal->user_id, changes));
                       auto fresh = TRY(sessions.reload(*ctx.principal));
                       return api::json_response(me_json(fresh));
                     },
                     "Change one's own name or language"}
              .with_schemas("OwnProfile", "Me"));
}

}  // namespace filet::auth
