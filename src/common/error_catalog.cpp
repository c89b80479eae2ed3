#include "common/error.hpp"

#include <array>
#include <map>
#include <string_view>

namespace filet {
namespace {

// The one table from error code to HTTP status and the messages people read.
constexpr std::array kErrors = {
    ErrorInfo{422, "validation_failed", "Certains champs sont invalides.", "Some fields are invalid."},
    ErrorInfo{400, "malformed_json", "Le corps de la requête n'est pas du JSON valide.",
              "The request body is not valid JSON."},
    ErrorInfo{400, "invalid_utf8", "Le corps de la requête contient du texte qui n'est pas en UTF-8 valide.",
              "The request body contains text that is not valid UTF-8."},
    ErrorInfo{422, "unknown_field", "La requête contient un champ inconnu.", "The request contains an unknown field."},
    ErrorInfo{404, "not_found", "Cet élément est introuvable.", "This item was not found."},
    ErrorInfo{404, "route_not_found", "Cette adresse n'existe pas.", "This address does not exist."},
    ErrorInfo{405, "method_not_allowed", "Cette méthode n'est pas permise pour cette adresse.",
              "This method is not allowed for this address."},
    ErrorInfo{401, "unauthenticated", "Veuillez vous connecter.", "Please sign in."},
    ErrorInfo{403, "forbidden", "Vous n'avez pas accès à cette ressource.", "You do not have access to this resource."},
    ErrorInfo{403, "csrf_invalid", "Jeton de sécurité (CSRF) absent ou invalide. Rechargez la page.",
              "Missing or invalid security (CSRF) token. Reload the page."},
    ErrorInfo{401, "invalid_credentials", "Courriel ou mot de passe incorrect.", "Incorrect email or password."},
    ErrorInfo{429, "too_many_attempts", "Trop de tentatives de connexion. Réessayez dans quelques minutes.",
              "Too many sign-in attempts. Try again in a few minutes."},
    ErrorInfo{409, "conflict", "Cet élément existe déjà.", "This item already exists."},
    ErrorInfo{413, "payload_too_large", "La requête est trop volumineuse.", "The request is too large."},
    ErrorInfo{431, "header_too_large", "Les en-têtes de la requête sont trop longs.",
              "The request headers are too long."},
    ErrorInfo{400, "bad_request", "Requête invalide.", "Bad request."},
    ErrorInfo{400, "bad_id", "Identifiant invalide.", "Invalid identifier."},
    ErrorInfo{400, "bad_query", "Paramètre de recherche invalide.", "Invalid query parameter."},
    ErrorInfo{500, "internal", "Erreur interne. L'équipe technique a été avisée.",
              "Internal error. The technical team has been notified."},
    ErrorInfo{503, "unavailable", "Service temporairement indisponible. Réessayez bientôt.",
              "Service temporarily unavailable. Try again soon."},
    ErrorInfo{415, "unsupported_media_type",
              "Le corps de la requête doit être du JSON (Content-Type: application/json).",
              "The request body must be JSON (Content-Type: application/json)."},
    ErrorInfo{422, "invalid_second_factor", "Code incorrect, expiré ou déjà utilisé.",
              "Incorrect, expired or already used code."},
    ErrorInfo{
        403, "two_factor_enrolment_required",
        "Activez d'abord la connexion en deux étapes (page Sécurité du compte) : elle est exigée pour votre rôle.",
        "First turn on two-step sign-in (Account security page): it is required for your role."},
};
static_assert(kErrors.size() == static_cast<size_t>(ErrorCode::two_factor_enrolment_required) + 1);

struct FieldTemplate {
  const char* fr;
  const char* en;
};

// "{f}" is replaced by the field name, "{p}" by the parameter.
const std::map<std::string_view, FieldTemplate>& field_templates() {
  static const std::map<std::string_view, FieldTemplate> templates = {
      {"required", {"Le champ « {f} » est obligatoire.", "The field \"{f}\" is required."}},
      {"wrong_type",
       {"Le champ « {f} » n'a pas le bon type (attendu : {p}).",
        "The field \"{f}\" has the wrong type (expected: {p})."}},
      {"too_short",
       {"Le champ « {f} » doit contenir au moins {p} caractères.",
        "The field \"{f}\" must have at least {p} characters."}},
      {"too_long",
       {"Le champ « {f} » doit contenir au plus {p} caractères.",
        "The field \"{f}\" must have at most {p} characters."}},
      {"incomplete_row",
       {"Chaque rôle doit avoir un organisme et un rôle (« {f} »).",
        "Each role needs an organization and a role (\"{f}\")."}},
      {"invalid_value",
       {"La valeur du champ « {f} » n'est pas permise ({p}).", "The value of the field \"{f}\" is not allowed ({p})."}},
      {"invalid_format",
       {"Le format du champ « {f} » est invalide ({p}).", "The format of the field \"{f}\" is invalid ({p})."}},
      {"unknown_field", {"Le champ « {f} » est inconnu.", "The field \"{f}\" is unknown."}},
      {"not_found",
       {"L'élément référencé par « {f} » est introuvable.", "The item referenced by \"{f}\" was not found."}},
      {"duplicate", {"Cette valeur de « {f} » est déjà utilisée.", "This value of \"{f}\" is already in use."}},
      {"out_of_range",
       {"La valeur du champ « {f} » est hors limites ({p}).", "The value of the field \"{f}\" is out of range ({p})."}},
      {"before_start",
       {"La « {f} » doit être la même que la date de début ou la suivre.",
        "The \"{f}\" must be on or after the start date."}},
      {"self",
       {"Vous ne pouvez pas retirer vos propres droits ni désactiver votre propre compte (« {f} »).",
        "You cannot remove your own rights or disable your own account (\"{f}\")."}},
      {"cycle",
       {"Le champ « {f} » créerait une boucle dans la hiérarchie.",
        "The field \"{f}\" would create a loop in the hierarchy."}},
      {"other_organization",
       {"« {f} » appartient à un autre organisme ({p}) : l'import ne le déplace ni ne le réécrit sans l'option "
        "« réaffecter » (--allow-reassign).",
        "\"{f}\" belongs to another organization ({p}): the import does not move or rewrite it without the "
        "\"reassign\" option (--allow-reassign)."}},
      {"postal_code_malformed",
       {"«\u00A0{f}\u00A0» n’est pas un code postal canadien\u00A0: écrivez-le comme {p}.",
        "\"{f}\" is not a Canadian postal code: write it like {p}."}},
      {"postal_area_unknown",
       {"Filet ne connaît pas encore la région postale {p} («\u00A0{f}\u00A0»)\u00A0: un administrateur peut "
        "charger les régions postales de votre territoire.",
        "Filet does not know the postal area {p} yet (\"{f}\"): an administrator can load the postal areas of "
        "your region."}},
      {"postal_area_malformed",
       {"«\u00A0{f}\u00A0» doit être une région postale de trois caractères, comme H2X (reçu\u00A0: {p}).",
        "\"{f}\" must be a three-character postal area, such as H2X (received: {p})."}},
      {"incorrect", {"Le champ « {f} » est incorrect.", "The field \"{f}\" is incorrect."}},
      {"breached",
       {"Le « {f} » choisi figure parmi les plus répandus dans les fuites de données ; choisissez-en un autre.",
        "This {f} is among the most common ones found in data breaches; choose another one."}},
  };
  return templates;
}

// How people call the fields in forms, so messages read "Le champ « courriel »" rather than
// the JSON name; unknown fields keep their JSON name.
struct FieldLabel {
  const char* fr;
  const char* en;
};
const std::map<std::string_view, FieldLabel>& field_labels() {
  static const std::map<std::string_view, FieldLabel> labels = {
      {"name", {"nom", "name"}},
      {"email", {"courriel", "email"}},
      {"password", {"mot de passe", "password"}},
      {"sector", {"secteur", "sector"}},
      {"phone", {"téléphone", "phone"}},
      {"website", {"site web", "website"}},
      {"territory_ids", {"territoires desservis", "territories served"}},
      {"organization_ids", {"organismes membres", "member organizations"}},
      {"memberships", {"rôles", "roles"}},
      {"parent_id", {"territoire parent", "parent territory"}},
      {"kind", {"type", "kind"}},
      {"setting", {"milieu", "setting"}},
      {"starts_on", {"date de début", "start date"}},
      {"ends_on", {"date de fin", "end date"}},
      {"funders", {"bailleurs de fonds", "funders"}},
      {"description", {"description", "description"}},
      {"locale", {"langue", "language"}},
      {"active", {"actif", "active"}},
      {"is_admin", {"administration", "administrator"}},
      {"name_fr", {"nom (français)", "name (French)"}},
      {"name_en", {"nom (anglais)", "name (English)"}},
      {"description_fr", {"description (français)", "description (French)"}},
      {"description_en", {"description (anglais)", "description (English)"}},
      {"eligibility_fr", {"admissibilité (français)", "eligibility (French)"}},
      {"eligibility_en", {"admissibilité (anglais)", "eligibility (English)"}},
      {"schedules", {"heures d'ouverture", "opening hours"}},
      {"phones", {"téléphones", "phones"}},
      {"need_ids", {"besoins", "needs"}},
      {"language_codes", {"langues", "languages"}},
      {"minimum_age", {"âge minimum", "minimum age"}},
      {"maximum_age", {"âge maximum", "maximum age"}},
      {"waiting_list_status", {"liste d'attente", "waiting list"}},
      {"waiting_list_delay_days", {"délai d'attente (jours)", "waiting time (days)"}},
      {"organization_id", {"organisme", "organization"}},
      {"url", {"site web", "website"}},
      {"code", {"code", "code"}},
      {"recovery_code", {"code de récupération", "recovery code"}},
      {"near", {"code postal", "postal code"}},
      {"fsa", {"région postale (RTA)", "postal area (FSA)"}},
  };
  return labels;
}

std::string fill(std::string_view text, const FieldError& error, bool french) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text.substr(i, 3) == "{f}") {
      auto label = field_labels().find(error.field);
      out += label == field_labels().end() ? error.field : (french ? label->second.fr : label->second.en);
      i += 2;
    } else if (text.substr(i, 3) == "{p}") {
      out += error.param;
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace

const ErrorInfo& error_info(ErrorCode code) {
  return kErrors.at(static_cast<size_t>(code));
}

// Type names shown inside wrong_type messages.
static std::pair<std::string, std::string> type_names(const std::string& type) {
  static const std::map<std::string_view, std::pair<const char*, const char*>> names = {
      {"string", {"texte", "text"}},
      {"boolean", {"vrai ou faux", "true or false"}},
      {"integer", {"nombre entier", "whole number"}},
      {"array", {"liste", "list"}},
      {"object", {"objet", "object"}},
      {"date", {"date AAAA-MM-JJ", "date YYYY-MM-DD"}},
  };
  auto it = names.find(type);
  if (it == names.end()) return {type, type};
  return {it->second.first, it->second.second};
}

FieldMessage field_message(const FieldError& error) {
  if (error.code == "wrong_type") {
    auto [fr, en] = type_names(error.param);
    FieldError french = error, english = error;
    french.param = fr;
    english.param = en;
    const auto& t = field_templates().at("wrong_type");
    return {fill(t.fr, french, true), fill(t.en, english, false)};
  }
  auto it = field_templates().find(error.code);
  if (it == field_templates().end()) {
    return {"Le champ « " + error.field + " » est invalide.", "The field \"" + error.field + "\" is invalid."};
  }
  return {fill(it->second.fr, error, true), fill(it->second.en, error, false)};
}

}  // namespace filet
