#include "demo/demo_groups_data.hpp"

namespace filet::demo {

const std::vector<DemoProgram>& demo_group_programs() {
  static const std::vector<DemoProgram> programs{
      {"ei",
       "Espace Intervenants — codéveloppement",
       "Six rencontres mensuelles de codéveloppement professionnel pour les intervenant·es qui accompagnent des "
       "parents immigrants, par territoire d'inclusion prioritaire; des parents partenaires invités à la 4e rencontre.",
       {"Faisons connaissance!", "Mon identité en tant qu'intervenant·e", "Aider et être aidé·e",
        "Bâtir l'alliance entre parents et intervenant·es", "Construire l'alliance entre intervenant·es",
        "Bilan et célébration"},
       {"Accueil et tour de table", "Exposé d'une situation", "Questions de clarification", "Pistes d'action du groupe",
        "Synthèse et retour sur la rencontre"}},
      {"ep",
       "Espace Parents — neuf ateliers",
       "Série de neuf ateliers pour les parents immigrants de jeunes enfants, offerte par les organismes "
       "d'accueil et d'intégration, avec un coin des tout-petits.",
       {"Se présenter et créer le groupe", "Être parent ici et ailleurs", "Le développement de l'enfant de 0 à 5 ans",
        "Communiquer avec son enfant", "Le jeu pour apprendre", "Encadrer avec bienveillance",
        "Les services à la famille au Québec", "Préparer l'entrée à l'école", "Bilan et fête de fin"},
       {"Accueil et rappel de l'atelier précédent", "Activité principale", "Échanges entre parents",
        "Retour et évaluation de l'atelier"}},
      {"ep-ponctuel",
       "Espace Parents — activités ponctuelles",
       "Deux activités ponctuelles offertes aux familles entre les séries d'ateliers.",
       {"Rencontre parents et CLSC", "Sortie familiale de découverte du quartier"},
       {"Accueil des familles", "Présentation des ressources"}},
      {"ipecn-formation",
       "IPECN — formation en intervention interculturelle",
       "Formation de deux jours pour les intervenant·es de la petite enfance de la Capitale-Nationale.",
       {"Parcours migratoires et réalités des familles", "Adapter ses pratiques en contexte interculturel"},
       {"Présentation des objectifs", "Études de cas", "Outils remis aux participant·es"}},
      {"ipecn-info",
       "IPECN — séance d'information sur les services",
       "Séance d'information pour les familles immigrantes sur les services de la petite enfance, avec interprètes.",
       {"Les services de la petite enfance près de chez vous", "Questions et échanges avec les familles"},
       {"Accueil et interprétation", "Présentation des services", "Remise de la documentation"}},
      {"ipecn-comite",
       "IPECN — comité parents-intervenants",
       "Rencontres du comité qui réunit parents issus de l'immigration récente et intervenant·es.",
       {"Ordre du jour et suivis", "Échanges et décisions"},
       {"Ordre du jour adopté", "Décisions consignées"}},
  };
  return programs;
}

const std::vector<DemoTerritoryCohort>& demo_espace_intervenants() {
  static const std::vector<DemoTerritoryCohort> cohorts{
      {"asl",
       "Anjou-Saint-Léonard",
       "Cohorte 1",
       {{"accueil-sl", 2},
        {"famille-anjou", 2},
        {"femmes-est", 1},
        {"clsc-ll", 1},
        {"carrefour-sl", 2},
        {"jeunes-familles-anjou", 1},
        {"integration-est", 2},
        {"accueil-viau", 1},
        {"ressources-lacordaire", 1},
        {"passerelles-sl", 1}}},
      {"prsl",
       "Pierrefonds-Roxboro-Saint-Laurent",
       "Cohorte 1",
       {{"accueil-ouest", 2},
        {"famille-pr", 1},
        {"famille-stl", 2},
        {"css-ouest", 1},
        {"carrefour-pierrefonds", 1},
        {"accueil-stl", 1},
        {"femmes-ouest", 1}}},
      {"cdn",
       "Côte-des-Neiges-Notre-Dame-de-Grâce",
       "Cohorte 1",
       {{"accueil-cdn", 1}, {"famille-ndg", 1}, {"cpsc-cdn", 1}, {"legal-cdn", 1}, {"biblio-cdn", 1}}},
      {"mn",
       "Montréal-Nord",
       "Cohorte 2",
       {{"mf-mn", 2},
        {"cpsc-mn", 2},
        {"habitations-ile", 1},
        {"legal-nord", 1},
        {"entraide-mn", 2},
        {"carrefour-nord", 2},
        {"bourgeons-mn", 1}}},
      {"abc",
       "Ahuntsic-Bordeaux-Cartierville",
       "Cohorte 2",
       {{"maisons-ah", 1},
        {"locataires-ss", 1},
        {"famille-bc", 1},
        {"accueil-bc", 2},
        {"soleil-ah", 1},
        {"entraide-bc", 1}}},
      {"vsp",
       "Villeray-Saint-Michel-Parc-Extension",
       "Cohorte 2",
       {{"famille-sm", 2},
        {"accueil-pe", 2},
        {"femmes-vsp", 1},
        {"biblio-pe", 1},
        {"petits-pas-vsp", 1},
        {"reseau-pe", 2},
        {"coin-sm", 1}}},
  };
  return cohorts;
}

const std::vector<std::string_view> kDemoFirstNames{
    "Amina", "Julie",  "Karim",   "Sophie",  "Mélissa", "Rachid",  "Nadia",   "Jean-François", "Fatou", "Marie-Ève",
    "Lina",  "Samuel", "Mariana", "Hugo",    "Aïcha",   "Olivier", "Yasmine", "Thi Mai",       "Rosa",  "Émilie",
    "Omar",  "Chloé",  "Daniela", "Vincent", "Soraya",  "Kevin",   "Inès",    "Pascale",       "Ngozi", "Antoine"};
const std::vector<std::string_view> kDemoLastNames{
    "Tremblay", "Haddad",  "Gagnon",   "Nguyen", "Côté",      "Diallo", "Bouchard", "Pierre-Louis",
    "Roy",      "Mendoza", "Gauthier", "Benali", "Lavoie",    "Traoré", "Fortin",   "Ramírez",
    "Morin",    "Kaur",    "Bélanger", "Okafor", "Pelletier", "Chen",   "Ouellet",  "Mukendi"};

const std::vector<std::string_view> kDemoLogbookComments{
    "Tout le monde a pris la parole, même les plus discrètes.",
    "Participation inégale : deux personnes absentes sans nouvelles.",
    "Le climat de confiance s'installe; des confidences sur des situations difficiles.",
    "Grande ouverture; le groupe accueille les émotions sans jugement.",
    "Le cadre du codéveloppement est respecté : questions de clarification avant les pistes.",
    "Il a fallu recadrer une fois : le groupe voulait donner des solutions trop vite.",
    "Échanges de coordonnées après la rencontre; deux organismes planifient une référence.",
    "Des liens se créent entre les organismes du territoire.",
    "Pratique prometteuse : accompagner le parent au premier rendez-vous au CLSC.",
    "Pratique prometteuse : un « mini espace » de codéveloppement entre collègues."};
const std::vector<std::string_view> kDemoLogbookNotes{
    "Rencontre riche; la situation exposée touchait l'accès au logement d'une famille nouvellement arrivée.",
    "Le groupe a nommé le manque de reconnaissance du rôle d'intervenant·e par certains partenaires.",
    "Les parents partenaires ont parlé des facilitateurs et des obstacles aux services reçus.",
    "Plusieurs participant·es disent repartir avec des pistes concrètes pour leurs suivis.",
    "Thème de l'épuisement abordé; rappel des ressources de soutien pour les intervenant·es.",
    "Repas partagé et célébration; plusieurs souhaitent poursuivre le groupe l'an prochain."};

}  // namespace filet::demo
