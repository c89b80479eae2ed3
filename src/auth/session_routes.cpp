#include "auth/session_routes.hpp"

#include "api/responses.hpp"
#include "common/json_input.hpp"
#include "core/user.hpp"
#include "core/user_routes.hpp"

namespace filet::auth {
namespace {

constexpr std::string_view kOwnProfileFields[] = {"locale", "name"};

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
  api.add(api::Route{
      "POST", "/api/v1/session", Permission::anyone,
      [&sessions](api::Context& ctx) -> Result<http::Response> {
        auto body = TRY(api::body(ctx));
        json_input::FieldReader in(body, {"email", "password"});
        auto email = in.text("email", {.required = true, .min = 1, .max = 254});
        const auto* password = in.raw("password");
        if (!password)
          in.add({"password", FieldCode::required, {}});
        else if (!password->is_string())
          in.add({"password", FieldCode::wrong_type, "string"});
        TRY_VOID(in.finish());
        std::string secret(password->as_string());
        if (secret.size() > 1024) return fail(ErrorCode::invalid_credentials);
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
              .on_worker_pool());
  api.add({"POST", "/api/v1/session/second-factor", Permission::anyone,
           [&sessions](api::Context& ctx) -> Result<http::Response> {
             auto body = TRY(api::body(ctx));
             json_input::FieldReader in(body, {"code", "recovery_code"});
             Proof proof;
             if (auto code = in.text("code", {.max = 16})) proof.code = *code;
             if (auto recovery = in.text("recovery_code", {.max = 32})) proof.recovery_code = *recovery;
             if (!in.raw("code") && !in.raw("recovery_code")) in.add({"code", FieldCode::required, {}});
             TRY_VOID(in.finish());
             if (proof.code && proof.recovery_code) proof.recovery_code.reset();
             auto signed_in =
                 TRY(sessions.complete_sign_in(std::string(ctx.request.cookie("filet_pending").value_or("")), proof,
                                               ctx.request.remote_address, ctx.request.request_id));
             auto response = api::json_response(me_json(signed_in.principal));
             response.set_header("Set-Cookie", session_cookie(signed_in.token, ctx.request.secure, false));
             response.set_header("Set-Cookie", pending_cookie("", ctx.request.secure, true));
             return response;
           },
           "Second step of sign-in: a code of the app or a recovery code"});
  api.add({"DELETE", "/api/v1/session", Permission::signed_in,
           [&sessions](api::Context& ctx) -> Result<http::Response> {
             TRY_VOID(sessions.sign_out(*ctx.principal, ctx.request.request_id));
             auto response = api::no_content();
             response.set_header("Set-Cookie", session_cookie("", ctx.request.secure, true));
             return response;
           },
           "Sign out"});
  api.add({"GET", "/api/v1/me", Permission::signed_in,
           [](api::Context& ctx) -> Result<http::Response> { return api::json_response(me_json(*ctx.principal)); },
           "The signed-in account"});
  api.add({"PATCH", "/api/v1/me", Permission::signed_in,
           [&sessions, &users](api::Context& ctx) -> Result<http::Response> {
             auto changes = TRY(core::decode_user(TRY(api::body(ctx)), false, kOwnProfileFields));
             TRY_VOID(users.update(ctx.actor(), ctx.principal->user_id, changes));
             auto fresh = TRY(sessions.reload(*ctx.principal));
             return api::json_response(me_json(fresh));
           },
           "Change one's own name or language"});
}

}  // namespace filet::auth
