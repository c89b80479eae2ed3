#pragma once
// A small version for the tests: seed 000's appreciation questionnaire in miniature (a 1–4
// satisfaction scale with "ne sais pas" off the scale, a choice with "other, specify", a number,
// a date, texts, and an item shown only to those who did not attend).
#include "questionnaires/questionnaire.hpp"

namespace filet::questionnaires::testing {

inline std::vector<Option> satisfaction_scale() {
  return {{"1", {"Tout à fait insatisfait·e", "Very dissatisfied"}, 1},
          {"2", {"Plutôt insatisfait·e", "Somewhat dissatisfied"}, 2},
          {"3", {"Plutôt satisfait·e", "Somewhat satisfied"}, 3},
          {"4", {"Tout à fait satisfait·e", "Very satisfied"}, 4},
          {"nsp", {"Ne sais pas / non applicable", "Don't know / not applicable"}, std::nullopt}};
}

inline Version appreciation() {
  Version v;
  v.id = "00000000-0000-4000-8000-0000000000e1";
  v.questionnaire_id = "00000000-0000-4000-8000-0000000000e0";
  v.number = 1;
  v.sections = {{"accueil", {"Accueil", "Welcome"}}, {"profil", {"Profil", "Profile"}}};
  v.items = {
      {"q_accueil",
       "accueil",
       ItemKind::likert,
       {"L’accueil reçu", "The welcome received"},
       true,
       satisfaction_scale()},
      {"q_ecoute", "accueil", ItemKind::likert, {"L’écoute", "Being listened to"}, false, satisfaction_scale()},
      {"participe",
       "profil",
       ItemKind::single_choice,
       {"Avez-vous participé aux ateliers ?", "Did you attend the workshops?"},
       true,
       {{"oui", {"Oui", "Yes"}, std::nullopt}, {"non", {"Non", "No"}, std::nullopt}}},
      {"pourquoi",
       "profil",
       ItemKind::multiple_choice,
       {"Pourquoi pas ?", "Why not?"},
       true,
       {{"horaire", {"Horaire", "Schedule"}, std::nullopt}, {"transport", {"Transport", "Transport"}, std::nullopt}},
       false,  // no "other, specify"
       Condition{"participe", {"non"}}},
      {"enfants", "profil", ItemKind::integer, {"Nombre d’enfants", "Number of children"}},
      {"revenu", "profil", ItemKind::decimal, {"Revenu", "Income"}},
      {"arrivee", "profil", ItemKind::date, {"Date d’arrivée", "Date of arrival"}},
      {"commentaire", "", ItemKind::long_text, {"Commentaires", "Comments"}},
  };
  v.items[0].grid = v.items[1].grid = "satisfaction";
  v.created_at = "2026-03-01T00:00:00Z";
  return v;
}

}  // namespace filet::questionnaires::testing
