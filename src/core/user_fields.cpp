#include "core/user_fields.hpp"

#include "auth/password.hpp"

namespace filet::core {
using fields::Access;
using fields::Format;
using fields::Type;

const fields::Description kMembershipFields{
    "Membership",
    {{.name = "organization_id", .type = Type::id, .label = {"organisme", "organization"}, .required = true},
     {.name = "organization_name", .type = Type::text, .access = Access::read_only},
     {.name = "role", .type = Type::choice, .label = {"rôle", "role"}, .required = true, .choices = auth::kRoleNames}}};

const fields::Description kUserFields{
    "User",
    {fields::kId,
     fields::kVersion,
     {.name = "email",
      .type = Type::text,
      .label = {"courriel", "email"},
      .required = true,
      .min = 3,
      .max = 254,
      .format = Format::email},
     {.name = "name", .type = Type::text, .label = {"nom", "name"}, .required = true, .min = 2, .max = 200},
     {.name = "locale", .type = Type::choice, .label = {"langue", "language"}, .choices = kLocales},
     // Length and breach rules: auth::check_password_rule, the one place for them.
     {.name = "password",
      .type = Type::secret,
      .label = {"mot de passe", "password"},
      .required = true,
      .min = auth::kPasswordMin,
      .max = auth::kPasswordMax,
      .access = Access::write_only},
     {.name = "is_admin", .type = Type::boolean, .label = {"administration", "administrator"}},
     fields::kActive,
     {.name = "memberships", .type = Type::object_list, .label = {"rôles", "roles"}, .nested = &kMembershipFields},
     fields::kCreatedAt,
     fields::kUpdatedAt}};

namespace {

// Any row that is not {organization_id, role} makes the whole list incomplete.
std::optional<std::vector<MembershipChange>> read_memberships(fields::Reader& in) {
  const boost::json::value* raw = in.raw("memberships");
  if (!raw) return std::nullopt;
  if (!raw->is_array()) {
    in.add({"memberships", FieldCode::wrong_type, "array"});
    return std::nullopt;
  }
  std::vector<MembershipChange> out;
  for (const auto& item : raw->as_array()) {
    static const boost::json::object kEmpty;
    const auto* object = item.if_object();
    fields::Reader member(object ? *object : kEmpty, kMembershipFields, fields::Mode::create);
    auto organization = member.text("organization_id");
    auto role = member.text("role");
    if (!object || !member.ok() || !organization || !role) {
      in.add({"memberships", FieldCode::incomplete_row, {}});
      return std::nullopt;
    }
    out.push_back({*organization, *auth::role_from_name(*role)});
  }
  return out;
}

}  // namespace

Result<UserChanges> decode_user(const boost::json::object& body, fields::Mode mode,
                                std::span<const std::string_view> allowed) {
  auto writable = kUserFields.writable();
  fields::Reader in(body, kUserFields, mode, allowed.empty() ? std::span<const std::string_view>(writable) : allowed);
  UserChanges changes;
  changes.email = in.text("email");
  changes.name = in.text("name");
  changes.locale = in.text("locale");
  changes.password = in.text("password");
  if (changes.password)
    if (auto rule = auth::check_password_rule(*changes.password); !rule) in.add(rule.error().fields.front());
  changes.is_admin = in.boolean("is_admin");
  changes.active = in.boolean("active");
  changes.memberships = read_memberships(in);
  if (changes.locale && changes.locale->empty()) changes.locale.reset();
  TRY_VOID(in.finish());
  return changes;
}

}  // namespace filet::core
