#include "partnerships/agreement_export.hpp"

namespace filet::partnerships {
namespace {

std::string status_label(std::string_view status, bool fr) {
  if (status == "active") return fr ? "En vigueur" : "Active";
  if (status == "ended") return fr ? "Terminée" : "Ended";
  return fr ? "Projet" : "Draft";
}

}  // namespace

std::vector<exports::Column> agreement_columns(exports::Language language) {
  const bool fr = language == exports::Language::fr;
  return {{fr ? "Organisme" : "Organization", 30},
          {fr ? "Autre organisme" : "Other organization", 30},
          {fr ? "Statut" : "Status", 12},
          {fr ? "Début" : "Start", 12},
          {fr ? "Révision" : "Review", 12},
          {fr ? "Révision due" : "Review due", 10},
          {fr ? "Ce qui est partagé" : "What is shared", 40},
          {fr ? "Comment les références se font" : "How referrals are made", 40},
          {fr ? "Personnes-ressources de l’organisme" : "The organization’s contact people", 40},
          {fr ? "Personnes-ressources de l’autre organisme" : "The other organization’s contact people", 40}};
}

std::string contacts_text(const std::vector<AgreementContact>& contacts) {
  std::string out;
  for (const auto& c : contacts) {
    if (!out.empty()) out += " ; ";
    out += c.name;
    if (!c.role.empty()) out += " (" + c.role + ")";
    for (const auto* part : {&c.phone, &c.email})
      if (!part->empty()) out += ", " + *part;
  }
  return out;
}

std::vector<exports::Cell> agreement_row(const ReferralAgreement& a, exports::Language language) {
  const bool fr = language == exports::Language::fr;
  return {a.organization_name,
          a.other_organization_name,
          status_label(a.status, fr),
          exports::Date{a.starts_on},
          a.review_on.empty() ? exports::Cell{} : exports::Cell{exports::Date{a.review_on}},
          std::string(a.review_due ? (fr ? "Oui" : "Yes") : (fr ? "Non" : "No")),
          a.what_is_shared,
          a.how_to_refer,
          contacts_text(a.contacts),
          contacts_text(a.other_contacts)};
}

}  // namespace filet::partnerships
