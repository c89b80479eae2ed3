#include <array>
#include <map>
#include <ostream>
#include <string_view>

#include "common/error.hpp"
#include "common/fields.hpp"

// A code without an entry in the switches below is a compile error, and so is a code with two.
#pragma GCC diagnostic error "-Wswitch"

// French texts follow French typography: curly apostrophes (’) and a non-breaking space
// (\u00A0) after « and before » : ; ! ? (error_catalog_test.cpp checks every one).
namespace filet {
namespace {

// The one table from error code to HTTP status and the messages people read, keyed by code.
constexpr ErrorInfo entry(ErrorCode code) {
  switch (code) {
    case ErrorCode::validation_failed:
      return {422, "validation_failed", "Certains champs sont invalides.", "Some fields are invalid."};
    case ErrorCode::malformed_json:
      return {400, "malformed_json", "Le corps de la requête n’est pas du JSON valide.",
              "The request body is not valid JSON."};
    case ErrorCode::invalid_utf8:
      return {400, "invalid_utf8", "Le corps de la requête contient du texte qui n’est pas en UTF-8 valide.",
              "The request body contains text that is not valid UTF-8."};
    case ErrorCode::unknown_field:
      return {422, "unknown_field", "La requête contient un champ inconnu.", "The request contains an unknown field."};
    case ErrorCode::not_found:
      return {404, "not_found", "Cet élément est introuvable.", "This item was not found."};
    case ErrorCode::route_not_found:
      return {404, "route_not_found", "Cette adresse n’existe pas.", "This address does not exist."};
    case ErrorCode::method_not_allowed:
      return {405, "method_not_allowed", "Cette méthode n’est pas permise pour cette adresse.",
              "This method is not allowed for this address."};
    case ErrorCode::unauthenticated:
      return {401, "unauthenticated", "Veuillez vous connecter.", "Please sign in."};
    case ErrorCode::forbidden:
      return {403, "forbidden", "Vous n’avez pas accès à cette ressource.", "You do not have access to this resource."};
    case ErrorCode::csrf_invalid:
      return {403, "csrf_invalid", "Jeton de sécurité (CSRF) absent ou invalide. Rechargez la page.",
              "Missing or invalid security (CSRF) token. Reload the page."};
    case ErrorCode::invalid_credentials:
      return {401, "invalid_credentials", "Courriel ou mot de passe incorrect.", "Incorrect email or password."};
    case ErrorCode::too_many_attempts:
      return {429, "too_many_attempts", "Trop de tentatives de connexion. Réessayez dans quelques minutes.",
              "Too many sign-in attempts. Try again in a few minutes."};
    case ErrorCode::conflict:
      return {409, "conflict", "Cet élément existe déjà.", "This item already exists."};
    case ErrorCode::payload_too_large:
      return {413, "payload_too_large", "La requête est trop volumineuse.", "The request is too large."};
    case ErrorCode::header_too_large:
      return {431, "header_too_large", "Les en-têtes de la requête sont trop longs.",
              "The request headers are too long."};
    case ErrorCode::bad_request:
      return {400, "bad_request", "Requête invalide.", "Bad request."};
    case ErrorCode::bad_id:
      return {400, "bad_id", "Identifiant invalide.", "Invalid identifier."};
    case ErrorCode::bad_query:
      return {400, "bad_query", "Paramètre de recherche invalide.", "Invalid query parameter."};
    case ErrorCode::internal:
      return {500, "internal", "Erreur interne. L’équipe technique a été avisée.",
              "Internal error. The technical team has been notified."};
    case ErrorCode::unavailable:
      return {503, "unavailable", "Service temporairement indisponible. Réessayez bientôt.",
              "Service temporarily unavailable. Try again soon."};
    case ErrorCode::unsupported_media_type:
      return {415, "unsupported_media_type",
              "Le corps de la requête doit être du JSON (en-tête Content-Type application/json).",
              "The request body must be JSON (Content-Type: application/json)."};
    case ErrorCode::invalid_second_factor:
      return {422, "invalid_second_factor", "Code incorrect, expiré ou déjà utilisé.",
              "Incorrect, expired or already used code."};
    case ErrorCode::two_factor_enrolment_required:
      return {403, "two_factor_enrolment_required",
              "Activez d’abord la connexion en deux étapes (page Sécurité du compte)\u00A0: elle est exigée pour "
              "votre rôle.",
              "First turn on two-step sign-in (Account security page): it is required for your role."};
    case ErrorCode::version_conflict:
      return {409, "version_conflict",
              "Quelqu’un d’autre a modifié cette fiche depuis que vous l’avez ouverte. Vos changements n’ont pas été "
              "enregistrés\u00A0: voyez la version actuelle, puis refaites-les.",
              "Someone else changed this record since you opened it. Your changes were not saved: see the current "
              "version, then make them again."};
    case ErrorCode::editing_window_closed:
      return {403, "editing_window_closed",
              "Cette entrée date de plus de sept jours\u00A0: seule une personne gestionnaire de l’organisme peut "
              "encore la modifier.",
              "This entry is more than seven days old: only a manager of the organization can still change it."};
  }
  return {0, nullptr, nullptr, nullptr};  // not a code
}

constexpr size_t kErrorCount = static_cast<size_t>(kLastErrorCode) + 1;

// Indexed by code, built from the switch above.
constexpr std::array<ErrorInfo, kErrorCount> kErrors = [] {
  std::array<ErrorInfo, kErrorCount> out{};
  for (size_t i = 0; i < kErrorCount; ++i) out[i] = entry(static_cast<ErrorCode>(i));
  return out;
}();

constexpr bool catalog_is_complete() {
  for (size_t i = 0; i < kErrorCount; ++i) {
    if (kErrors[i].http_status < 400 || kErrors[i].code == nullptr) return false;
    for (size_t j = 0; j < i; ++j)
      if (std::string_view(kErrors[i].code) == kErrors[j].code) return false;  // one wire name per code
  }
  return entry(static_cast<ErrorCode>(kErrorCount)).code == nullptr;  // no code past kLastErrorCode
}
static_assert(catalog_is_complete(), "every ErrorCode needs exactly one entry; move kLastErrorCode to the last code");

struct FieldTemplate {
  const char* name;  // the wire name
  const char* fr;
  const char* en;
};

// "{f}" is replaced by the field's label, "{p}" by the parameter (localized for some codes).
constexpr FieldTemplate field_entry(FieldCode code) {
  switch (code) {
    case FieldCode::required:
      return {"required", "Le champ «\u00A0{f}\u00A0» est obligatoire.", "The field \"{f}\" is required."};
    case FieldCode::wrong_type:
      return {"wrong_type", "Le champ «\u00A0{f}\u00A0» doit être {p}.", "The field \"{f}\" must be {p}."};
    case FieldCode::too_short:
      return {"too_short", "Le champ «\u00A0{f}\u00A0» doit contenir au moins {p}\u00A0caractères.",
              "The field \"{f}\" must have at least {p} characters."};
    case FieldCode::too_long:
      return {"too_long", "Le champ «\u00A0{f}\u00A0» doit contenir au plus {p}\u00A0caractères.",
              "The field \"{f}\" must have at most {p} characters."};
    case FieldCode::incomplete_row:
      return {"incomplete_row", "Chaque adhésion doit nommer un organisme et un rôle.",
              "Each membership must name an organization and a role."};
    case FieldCode::invalid_value:
      return {"invalid_value", "La valeur du champ «\u00A0{f}\u00A0» n’est pas permise ({p}).",
              "The value of the field \"{f}\" is not allowed ({p})."};
    case FieldCode::invalid_format:
      return {"invalid_format", "Le format du champ «\u00A0{f}\u00A0» est invalide (exemple\u00A0: {p}).",
              "The format of the field \"{f}\" is invalid (example: {p})."};
    case FieldCode::unknown_field:
      return {"unknown_field", "Le champ «\u00A0{f}\u00A0» est inconnu.", "The field \"{f}\" is unknown."};
    case FieldCode::not_found:
      return {"not_found", "L’élément référencé par «\u00A0{f}\u00A0» est introuvable.",
              "The item referenced by \"{f}\" was not found."};
    case FieldCode::duplicate:
      return {"duplicate", "Cette valeur de «\u00A0{f}\u00A0» est déjà utilisée.",
              "This value of \"{f}\" is already in use."};
    case FieldCode::out_of_range:
      return {"out_of_range", "La valeur du champ «\u00A0{f}\u00A0» est hors limites ({p}).",
              "The value of the field \"{f}\" is out of range ({p})."};
    case FieldCode::before_start:
      return {"before_start", "La «\u00A0{f}\u00A0» doit être la même que la date de début ou la suivre.",
              "The \"{f}\" must be on or after the start date."};
    case FieldCode::self:
      return {"self",
              "Vous ne pouvez pas retirer vos propres droits ni désactiver votre propre compte («\u00A0{f}\u00A0»).",
              "You cannot remove your own rights or disable your own account (\"{f}\")."};
    case FieldCode::cycle:
      return {"cycle", "Le champ «\u00A0{f}\u00A0» créerait une boucle dans la hiérarchie.",
              "The field \"{f}\" would create a loop in the hierarchy."};
    case FieldCode::other_organization:
      return {"other_organization",
              "«\u00A0{f}\u00A0» appartient à un autre organisme ({p})\u00A0: l’import ne le déplace ni ne le "
              "réécrit sans l’option «\u00A0réaffecter\u00A0» (--allow-reassign).",
              "\"{f}\" belongs to another organization ({p}): the import does not move or rewrite it without the "
              "\"reassign\" option (--allow-reassign)."};
    case FieldCode::incorrect:
      return {"incorrect", "Le champ «\u00A0{f}\u00A0» est incorrect.", "The field \"{f}\" is incorrect."};
    case FieldCode::breached:
      return {"breached",
              "Le «\u00A0{f}\u00A0» choisi figure parmi les plus répandus dans les fuites de données\u00A0; "
              "choisissez-en un autre.",
              "This {f} is among the most common ones found in data breaches; choose another one."};
    case FieldCode::postal_code_malformed:
      return {"postal_code_malformed",
              "«\u00A0{f}\u00A0» n’est pas un code postal canadien\u00A0: écrivez-le comme {p}.",
              "\"{f}\" is not a Canadian postal code: write it like {p}."};
    case FieldCode::postal_area_unknown:
      return {"postal_area_unknown",
              "Filet ne connaît pas encore la région postale {p} («\u00A0{f}\u00A0»)\u00A0: un administrateur "
              "peut charger les régions postales de votre territoire.",
              "Filet does not know the postal area {p} yet (\"{f}\"): an administrator can load the postal areas "
              "of your region."};
    case FieldCode::postal_area_malformed:
      return {"postal_area_malformed",
              "«\u00A0{f}\u00A0» doit être une région postale de trois caractères, comme H2X (reçu\u00A0: {p}).",
              "\"{f}\" must be a three-character postal area, such as H2X (received: {p})."};
    case FieldCode::exceeds:
      return {"exceeds", "La valeur du champ «\u00A0{f}\u00A0» ne peut pas dépasser celle du champ «\u00A0{p}\u00A0».",
              "The value of the field \"{f}\" cannot be more than that of the field \"{p}\"."};
    case FieldCode::one_of_two:
      return {"one_of_two",
              "Remplissez soit le champ «\u00A0{f}\u00A0», soit le champ «\u00A0{p}\u00A0», un seul des deux.",
              "Fill in either the field \"{f}\" or the field \"{p}\", only one of the two."};
    case FieldCode::in_future:
      return {"in_future", "Le champ «\u00A0{f}\u00A0» ne peut pas être une date future.",
              "The field \"{f}\" cannot be a date in the future."};
    case FieldCode::consent_missing:
      return {"consent_missing",
              "Aucun consentement de la famille ne le permet à cette date («\u00A0{f}\u00A0»)\u00A0: enregistrez "
              "d’abord son consentement ({p}).",
              "No consent of the family allows it on that date (\"{f}\"): record its consent first ({p})."};
    case FieldCode::required_to_close:
      return {"required_to_close", "Le champ «\u00A0{f}\u00A0» est obligatoire pour fermer ce dossier ({p}).",
              "The field \"{f}\" is required to close this record ({p})."};
    case FieldCode::before_other:
      return {"before_other", "Le champ «\u00A0{f}\u00A0» ne peut pas précéder le champ «\u00A0{p}\u00A0».",
              "The field \"{f}\" cannot be before the field \"{p}\"."};
  }
  return {nullptr, nullptr, nullptr};  // not a code
}

constexpr size_t kFieldCount = static_cast<size_t>(kLastFieldCode) + 1;

constexpr bool field_catalog_is_complete() {
  for (size_t i = 0; i < kFieldCount; ++i) {
    if (field_entry(static_cast<FieldCode>(i)).name == nullptr) return false;
    for (size_t j = 0; j < i; ++j)
      if (std::string_view(field_entry(static_cast<FieldCode>(i)).name) == field_entry(static_cast<FieldCode>(j)).name)
        return false;
  }
  return field_entry(static_cast<FieldCode>(kFieldCount)).name == nullptr;
}
static_assert(field_catalog_is_complete(), "every FieldCode needs exactly one entry; move kLastFieldCode to the last");

struct Localized {
  const char* fr;
  const char* en;
};

// How people call the fields in forms, so messages read "Le champ « courriel »" rather than
// the JSON name; unknown fields keep their JSON name.
// What a value of each type is, inside "must be …" (wrong_type).
const std::map<std::string_view, Localized>& type_names() {
  static const std::map<std::string_view, Localized> names = {
      {"string", {"du texte", "text"}},
      {"boolean", {"vrai ou faux", "true or false"}},
      {"integer", {"un nombre entier", "a whole number"}},
      {"number", {"un nombre", "a number"}},
      {"array", {"une liste", "a list"}},
      {"object", {"un objet", "an object"}},
      {"date", {"une date AAAA-MM-JJ", "a date YYYY-MM-DD"}},
      // One answer of a questionnaire's respondent (src/questionnaires/campaign_fields.cpp).
      {"answer",
       {"une réponse avec sa liste de valeurs (values) et, au besoin, un texte (other)",
        "an answer with its list of values (values) and, if needed, a text (other)"}},
  };
  return names;
}

// Why a value is not allowed, when that reads differently in each language (invalid_value).
const std::map<std::string_view, Localized>& refusal_reasons() {
  static const std::map<std::string_view, Localized> reasons = {
      {"retired", {"ce choix a été retiré de la liste", "this choice has been retired from the list"}},
      {"admin", {"réservé aux administrateurs", "admins only"}},
      // Questionnaires (src/questionnaires/questionnaire_rules.cpp).
      {"no_options", {"seuls les choix et les échelles ont des options", "only choices and scales have options"}},
      {"choices_only", {"seulement pour un choix simple ou multiple", "only for a single or multiple choice"}},
      {"likert_only", {"seulement pour une échelle de Likert", "only for a Likert scale"}},
      {"group_nesting",
       {"un groupe s’ouvre (begin_group) et se ferme (end_group) une fois, sans groupe dans un groupe",
        "a group opens (begin_group) and closes (end_group) once, with no group inside a group"}},
      {"grid_scale", {"les items d’une grille partagent la même échelle", "the items of a grid share the same scale"}},
      // Key partners (src/partnerships/key_partner_service.cpp).
      {"three_key_partners",
       {"vous avez déjà choisi trois partenaires clés pour une période qui chevauche celle-ci\u00A0; retirez-en "
        "un ou changez-le avant d’en choisir un autre",
        "you have already chosen three key partners for a period overlapping this one; remove or change one "
        "before choosing another"}},
      {"not_own_organization", {"un autre organisme que le vôtre", "an organization other than your own"}},
      // Groups and the file store (src/groups/material_service.cpp, src/groups/group_service.cpp).
      {"file_kind",
       {"fichier PDF, PNG, JPEG, DOCX, XLSX, PPTX, ODT ou texte (.txt), reconnu à son contenu et à son extension",
        "a PDF, PNG, JPEG, DOCX, XLSX, PPTX, ODT or text (.txt) file, recognized by its content and extension"}},
      {"file_size", {"10 Mio au plus", "10 MiB at most"}},
      {"session_has_materials",
       {"une rencontre retirée a du matériel ; retirez-le d’abord",
        "a session removed has materials; remove them first"}},
  };
  return reasons;
}

// Why a field is needed to close a record (required_to_close).
const std::map<std::string_view, Localized>& closing_reasons() {
  static const std::map<std::string_view, Localized> reasons = {
      {"serious_risk",
       {"le risque de préjudice est sérieux\u00A0: la Commission et les personnes concernées doivent être avisées",
        "the risk of injury is serious: the Commission and the persons concerned must be notified"}},
  };
  return reasons;
}

// Format examples that read differently in each language (invalid_format).
const std::map<std::string_view, Localized>& format_examples() {
  static const std::map<std::string_view, Localized> examples = {
      {"email", {"nom@domaine.ca", "name@domain.ca"}},
      {"control characters", {"sans caractères de contrôle", "no control characters"}},
      {"base64", {"le fichier encodé en base64", "the file encoded in base64"}},
      {"xlsx", {"un classeur Excel (.xlsx) XLSForm", "an Excel (.xlsx) XLSForm workbook"}},
  };
  return examples;
}

std::string localized_param(const FieldError& error, bool french) {
  // The other field a value is compared with: named by its label, as the field itself is.
  if (error.code == FieldCode::exceeds || error.code == FieldCode::one_of_two ||
      error.code == FieldCode::before_other) {
    const fields::Label* label = fields::label_of(error.param);
    if (label) return std::string(french ? label->fr : label->en);
  }
  const auto* table = error.code == FieldCode::wrong_type          ? &type_names()
                      : error.code == FieldCode::invalid_format    ? &format_examples()
                      : error.code == FieldCode::invalid_value     ? &refusal_reasons()
                      : error.code == FieldCode::required_to_close ? &closing_reasons()
                                                                   : nullptr;
  if (table) {
    auto it = table->find(error.param);
    if (it != table->end()) return french ? it->second.fr : it->second.en;
  }
  return error.param;
}

std::string fill(std::string_view text, const FieldError& error, bool french) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text.substr(i, 3) == "{f}") {
      // Each module's field descriptions label its fields (common/fields.hpp).
      const fields::Label* label = fields::label_of(error.field);
      out += label ? std::string(french ? label->fr : label->en) : error.field;
      i += 2;
    } else if (text.substr(i, 3) == "{p}") {
      out += localized_param(error, french);
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

std::string_view field_code_name(FieldCode code) {
  const char* name = field_entry(code).name;
  return name ? name : "invalid";
}

std::ostream& operator<<(std::ostream& out, FieldCode code) {
  return out << field_code_name(code);
}

FieldMessage field_message(const FieldError& error) {
  FieldTemplate t = field_entry(error.code);
  if (t.name == nullptr)
    return {"Le champ «\u00A0" + error.field + "\u00A0» est invalide.",
            "The field \"" + error.field + "\" is invalid."};
  return {fill(t.fr, error, true), fill(t.en, error, false)};
}

std::vector<std::string> french_catalog_texts() {
  std::vector<std::string> out;
  for (const ErrorInfo& info : kErrors) out.emplace_back(info.message_fr);
  for (size_t i = 0; i < kFieldCount; ++i) out.emplace_back(field_entry(static_cast<FieldCode>(i)).fr);
  for (const fields::Label& label : fields::all_labels()) out.emplace_back(label.fr);
  for (const auto* table : {&type_names(), &format_examples(), &refusal_reasons(), &closing_reasons()})
    for (const auto& [key, text] : *table) out.emplace_back(text.fr);
  return out;
}

}  // namespace filet
