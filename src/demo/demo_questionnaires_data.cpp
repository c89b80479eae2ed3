#include "demo/demo_questionnaires_data.hpp"

namespace filet::demo {

using questionnaires::Option;

const std::vector<DemoSection>& appreciation_sections() {
  static const std::vector<DemoSection> kSections{
      {"animation", {"Animation", "Facilitation"}, "satisfaction"},
      {"structure", {"Structure", "Structure"}, "satisfaction"},
      {"contenu", {"Contenu des séances", "Content of the sessions"}, "satisfaction"},
      {"lien", {"Lien établi", "Bond established"}, "satisfaction"},
      {"pertinence", {"Pertinence", "Relevance"}, "satisfaction"},
      {"ambiance", {"Ambiance du groupe", "Group climate"}, "satisfaction"},
      {"retombees", {"Retombées perçues : savoirs et savoir-être", "Perceived outcomes: knowledge and attitudes"},
       "agreement"},
      {"pratiques", {"Retombées perçues : savoir-faire", "Perceived outcomes: skills"}, "agreement"},
      {"profil", {"Profil sociodémographique", "Socio-demographic profile"}, ""},
  };
  return kSections;
}

// Annexes 1 and 2, in their order: "item — mean (SD)", n = 31.
const std::vector<AnnexItem>& appreciation_items() {
  static const std::vector<AnnexItem> kItems{
      {"anim_animation", "animation", {"Animation", "Facilitation"}, 3.78, 0.61},
      {"anim_contribuer",
       "animation",
       {"Occasion offerte à tous les membres de contribuer aux discussions",
        "Every member given the chance to contribute to the discussions"},
       3.84,
       0.58},
      {"anim_decisions",
       "animation",
       {"Sentiment de jouer un rôle dans la prise des décisions qui concernent les activités de notre groupe",
        "Feeling of playing a part in the decisions about our group's activities"},
       3.78,
       0.61},
      {"anim_respect",
       "animation",
       {"Respect des points de vue des membres par les animatrices",
        "The facilitators' respect for the members' points of view"},
       3.88,
       0.55},
      {"anim_retroactions",
       "animation",
       {"Rétroactions offertes par les animatrices", "Feedback offered by the facilitators"},
       3.84,
       0.58},
      {"struct_logistique",
       "structure",
       {"Logistique des séances (ex. choix des locaux, communications entre les séances, etc.)",
        "Logistics of the sessions (e.g. choice of rooms, communication between sessions)"},
       3.88,
       0.34},
      {"struct_codev",
       "structure",
       {"Formule du codéveloppement professionnel (discussions de cas)",
        "The professional co-development format (case discussions)"},
       3.59,
       0.67},
      {"struct_temps",
       "structure",
       {"Répartition du temps entre le contenu informatif et les activités d’échange",
        "Balance of time between information and exchange activities"},
       3.74,
       0.63},
      {"cont_themes", "contenu", {"Thèmes abordés", "Topics covered"}, 3.63, 0.66},
      {"cont_informations",
       "contenu",
       {"Informations partagées par les animatrices", "Information shared by the facilitators"},
       3.66,
       0.65},
      {"cont_materiel",
       "contenu",
       {"Matériel qui a été fourni pour soutenir l'apprentissage dans le groupe (ex. outils sur le codéveloppement, "
        "schémas)",
        "Material provided to support learning in the group (e.g. co-development tools, diagrams)"},
       3.58,
       0.67},
      {"cont_echanges",
       "contenu",
       {"Contenu des échanges entre participant.e.s", "Content of the exchanges between participants"},
       3.78,
       0.61},
      {"cont_parents",
       "contenu",
       {"Échanges avec les parents immigrants invités", "Exchanges with the invited immigrant parents"},
       3.79,
       0.63},
      {"lien_fluides",
       "lien",
       {"Les échanges entre les membres étaient fluides", "Exchanges between members flowed well"},
       3.73,
       0.64},
      {"lien_constructifs",
       "lien",
       {"Les commentaires entre les membres étaient constructifs", "Members' comments to each other were constructive"},
       3.87,
       0.34},
      {"pert_recommander",
       "pertinence",
       {"Je recommanderais le groupe EI à d’autres intervenant.e.s",
        "I would recommend the EI group to other practitioners"},
       3.90,
       0.56},
      {"pert_poursuivre",
       "pertinence",
       {"Je souhaiterais poursuivre mon implication au sein du groupe EI",
        "I would like to stay involved in the EI group"},
       3.74,
       0.45},
      {"pert_long_terme",
       "pertinence",
       {"Je vois la pertinence à long terme du groupe EI pour ses participant.e.s. et les organismes dans lesquels ces "
        "personnes travaillent.",
        "I see the long-term relevance of the EI group for its participants and the organizations they work in."},
       3.80,
       0.41},
      {"amb_confiance",
       "ambiance",
       {"Une confiance mutuelle s'est développée entre les membres", "Mutual trust grew between the members"},
       3.84,
       0.37},
      {"amb_ecoute",
       "ambiance",
       {"Il y avait de l'écoute bienveillante entre les membres", "Members listened to each other with kindness"},
       3.97,
       0.18},
      {"amb_appartenance",
       "ambiance",
       {"J'ai développé un sentiment d'appartenance envers le groupe", "I developed a sense of belonging to the group"},
       3.84,
       0.37},
      {"amb_partager",
       "ambiance",
       {"J'ai eu l'occasion de partager mes propres expériences", "I had the chance to share my own experiences"},
       3.87,
       0.34},
      {"amb_desaccords",
       "ambiance",
       {"Les membres ont pu résoudre les désaccords/tensions/conflits ayant émergé dans le groupe",
        "Members were able to resolve the disagreements, tensions or conflicts that arose in the group"},
       3.88,
       0.33},
      {"amb_solidarite",
       "ambiance",
       {"De la solidarité s'est développée entre les membres", "Solidarity grew between the members"},
       3.94,
       0.36},
      {"amb_ouverture",
       "ambiance",
       {"L'ambiance était favorable à l'ouverture et à l'émergence de solutions créatives",
        "The climate favoured openness and creative solutions"},
       3.87,
       0.34},
      {"amb_collaborations",
       "ambiance",
       {"J'ai eu l'occasion de développer des collaborations entre intervenant.e.s",
        "I had the chance to build collaborations between practitioners"},
       3.97,
       0.18},
      {"ret_pistes",
       "retombees",
       {"J'ai acquis de nouvelles pistes d'action pour mieux soutenir les parents immigrants",
        "I gained new courses of action to better support immigrant parents"},
       3.73,
       0.45},
      {"ret_contexte",
       "retombees",
       {"J'ai approfondi ma compréhension du contexte social dans lequel se déroulent mes interventions auprès des "
        "parents immigrants",
        "I deepened my understanding of the social context of my work with immigrant parents"},
       3.79,
       0.42},
      {"ret_ressources",
       "retombees",
       {"Je connais de nouvelles ressources pour les parents immigrants auprès desquels j'interviens",
        "I know new resources for the immigrant parents I work with"},
       3.70,
       0.47},
      {"ret_moi",
       "retombees",
       {"J'ai appris de nouvelles choses sur moi en tant qu'intervenant.e",
        "I learned new things about myself as a practitioner"},
       3.62,
       0.49},
      {"ret_approche",
       "retombees",
       {"J'ai pu confirmer que mon approche d'intervention est adéquate",
        "I was able to confirm that my approach is sound"},
       3.63,
       0.49},
      {"ret_satisfaction",
       "retombees",
       {"J'ai ressenti une hausse dans ma satisfaction au travail", "I felt my job satisfaction rise"},
       3.79,
       0.42},
      {"ret_moins_seul",
       "retombees",
       {"Je me suis senti.e moins seul.e face aux défis que je rencontre dans mes interventions avec les parents "
        "immigrants",
        "I felt less alone with the challenges I meet in my work with immigrant parents"},
       3.76,
       0.58},
      {"prat_nouvelles",
       "pratiques",
       {"Je me sens plus outillé.e dans l'élaboration de nouvelles pratiques au sein de mon organisation",
        "I feel better equipped to develop new practices in my organization"},
       3.62,
       0.49},
      {"prat_droits",
       "pratiques",
       {"Je me sens plus outillé.e pour défendre les droits des parents immigrants",
        "I feel better equipped to defend immigrant parents' rights"},
       3.55,
       0.51},
      {"prat_competences",
       "pratiques",
       {"J'ai pu améliorer mes compétences à intervenir", "I was able to improve my intervention skills"},
       3.70,
       0.47},
      {"prat_contacts",
       "pratiques",
       {"J'ai développé des contacts et des collaborations qui me permettent d'adapter les services que j'offre aux "
        "parents immigrants",
        "I built contacts and collaborations that help me adapt the services I offer immigrant parents"},
       3.76,
       0.44},
  };
  return kItems;
}

// Annexes' scales: 1 and 4 as the seed names them, 2 and 3 their usual middle.
const std::vector<Option>& satisfaction_scale() {
  static const std::vector<Option> kScale{{"1", {"Tout à fait insatisfait.e", "Very dissatisfied"}, 1},
                                          {"2", {"Plutôt insatisfait.e", "Somewhat dissatisfied"}, 2},
                                          {"3", {"Plutôt satisfait.e", "Somewhat satisfied"}, 3},
                                          {"4", {"Tout à fait satisfait.e", "Very satisfied"}, 4}};
  return kScale;
}

const std::vector<Option>& agreement_scale() {
  static const std::vector<Option> kScale{{"1", {"Tout à fait en désaccord", "Strongly disagree"}, 1},
                                          {"2", {"Plutôt en désaccord", "Somewhat disagree"}, 2},
                                          {"3", {"Plutôt d'accord", "Somewhat agree"}, 3},
                                          {"4", {"Tout à fait d'accord", "Strongly agree"}, 4}};
  return kScale;
}

// Tables 4 and 5 (n = 29), their shares applied to the 31 respondents.
const std::vector<ChoiceItem>& profile_items() {
  static const std::vector<ChoiceItem> kItems{
      {"genre", "profil", {"Genre", "Gender"}, {{"homme", {"Homme", "Man"}, 10}, {"femme", {"Femme", "Woman"}, 90}}},
      {"age",
       "profil",
       {"Âge", "Age"},
       {{"moins_40", {"Moins de 40 ans", "Under 40"}, 54},
        {"40_59", {"Entre 40 et 59 ans", "40 to 59"}, 39},
        {"60_plus", {"60 ans et plus", "60 and over"}, 4},
        {"nr", {"Préfère ne pas répondre", "Prefers not to say"}, 3}}},
      {"naissance",
       "profil",
       {"Pays de naissance", "Country of birth"},
       {{"canada", {"Canada", "Canada"}, 16},
        {"algerie", {"Algérie", "Algeria"}, 16},
        {"maroc", {"Maroc", "Morocco"}, 8},
        {"colombie", {"Colombie", "Colombia"}, 8},
        {"france", {"France", "France"}, 8},
        {"autre_pays", {"Autre pays", "Another country"}, 44}}},
      {"racise",
       "profil",
       {"Appartenance à un groupe racisé", "Member of a racialized group"},
       {{"oui", {"Oui", "Yes"}, 50}, {"non", {"Non", "No"}, 41}, {"nr", {"Préfère ne pas répondre", "Prefers not to say"}, 9}}},
      {"religion",
       "profil",
       {"Appartenance spirituelle et religieuse", "Spiritual and religious affiliation"},
       {{"chretienne", {"Religion chrétienne", "Christian"}, 46},
        {"musulmane", {"Religion musulmane", "Muslim"}, 31},
        {"aucune", {"Aucune religion", "No religion"}, 19},
        {"agnostique", {"Agnosticisme", "Agnosticism"}, 4}}},
      {"poste",
       "profil",
       {"Poste occupé", "Position held"},
       {{"communautaire", {"Intervenant.e communautaire", "Community worker"}, 25},
        {"social", {"Intervenant.e social.e", "Social worker"}, 18},
        {"efc", {"Agent.e école-famille-communauté", "School–family–community worker"}, 14},
        {"mobilisation", {"Agent.e de mobilisation", "Community organizer"}, 7},
        {"autre_poste", {"Autre", "Other"}, 36}}},
      {"secteur",
       "profil",
       {"Secteur d'intervention", "Sector of work"},
       {{"famille", {"Organisme communautaire – famille ou enfance", "Community organization – family or childhood"}, 52},
        {"accueil",
         {"Organisme communautaire – accueil et intégration des nouveaux arrivants",
          "Community organization – settlement of newcomers"},
         31},
        {"autre_communautaire", {"Autres organismes communautaires", "Other community organizations"}, 10},
        {"scolaire", {"Milieu scolaire", "School"}, 3},
        {"femmes", {"Organisme communautaire – femmes", "Community organization – women"}, 4}}},
      {"experience",
       "profil",
       {"Expérience en accompagnement de parents immigrants", "Experience supporting immigrant parents"},
       {{"4_moins", {"4 ans ou moins", "4 years or less"}, 61},
        {"5_9", {"5 à 9 ans", "5 to 9 years"}, 11},
        {"10_plus", {"10 ans et plus", "10 years or more"}, 28}}},
      {"familiarite",
       "profil",
       {"Familiarité avec l'intervention auprès des parents immigrants",
        "Familiarity with working with immigrant parents"},
       {{"peu", {"Peu familier.ère", "Not very familiar"}, 4},
        {"familier", {"Familier.ère", "Familiar"}, 55},
        {"tres", {"Très familier.ère", "Very familiar"}, 41}}},
      {"diplome",
       "profil",
       {"Dernier diplôme obtenu", "Highest degree"},
       {{"maitrise", {"Universitaire – maîtrise", "University – master's"}, 48},
        {"baccalaureat", {"Universitaire – baccalauréat", "University – bachelor's"}, 31},
        {"professionnel", {"Professionnel", "Vocational"}, 10},
        {"collegial", {"Collégial", "College"}, 7},
        {"doctorat", {"Universitaire – doctorat", "University – doctorate"}, 4}}},
  };
  return kItems;
}

const std::vector<DemoSection>& outreach_sections() {
  static const std::vector<DemoSection> kSections{
      {"reseautage", {"Stratégies de réseautage", "Networking strategies"}, ""},
      {"collaborations", {"Caractéristiques des collaborations", "Collaborations"}, ""},
      {"demarchage", {"Stratégies de démarchage", "Outreach strategies"}, ""},
      {"mise_en_oeuvre", {"Mise en œuvre et gestion du projet pilote", "Implementation and management of the pilot"},
       ""},
      {"retombees", {"Retombées du travail de proximité", "Outcomes of outreach work"}, "agreement"},
  };
  return kSections;
}

// "Faire connaître le travail de proximité": 5 times or more, effective or very effective.
const std::vector<Strategy>& networking_strategies() {
  static const std::vector<Strategy> kStrategies{
      {"res_communautaires", {"Auprès d'organismes communautaires", "With community organizations"}, 0.84, 0.98},
      {"res_tables",
       {"Auprès de tables de concertation (ou autres comités locaux ou régionaux)",
        "With local round tables (or other local or regional committees)"},
       0.42,
       0.91},
      {"res_familles",
       {"Auprès de familles déjà connues comme intermédiaires", "Through families already known, as go-betweens"},
       0.39,
       0.91},
      {"res_rsss",
       {"Auprès d'organismes du réseau de la santé et services sociaux", "With health and social services bodies"},
       0.37,
       0.31},
      {"res_garde_education",
       {"Auprès d'organismes du réseau des services de garde ou de l'éducation", "With child-care or education bodies"},
       0.27,
       0.64},
  };
  return kStrategies;
}

const std::vector<Strategy>& outreach_strategies() {
  static const std::vector<Strategy> kStrategies{
      {"dem_reseaux_sociaux", {"Réseaux sociaux", "Social media"}, 0.83, 0.78},
      {"dem_communautaires", {"Auprès des organismes communautaires", "Through community organizations"}, 0.82, 0.94},
      {"dem_activites",
       {"Présence à des activités collectives dans la communauté", "Presence at community events"},
       0.71,
       0.85},
      {"dem_parcs", {"Présence dans les parcs", "Presence in parks"}, 0.67, 0.52},
      {"dem_rsss", {"Auprès du personnel du RSSS", "Through health and social services staff"}, 0.56, 0.80},
      {"dem_familles", {"Auprès de familles déjà connues", "Through families already known"}, 0.48, 0.83},
      {"dem_rues", {"Présence dans les rues", "Presence in the streets"}, 0.45, 0.61},
      {"dem_alliance",
       {"Alliance avec d'autres formes de travail de proximité", "Alliances with other kinds of outreach work"},
       0.36,
       0.76},
      {"dem_ecoles", {"Présence dans les écoles", "Presence in schools"}, 0.32, 0.57},
      {"dem_commerces", {"Présence dans les commerces", "Presence in shops"}, 0.31, 0.60},
      {"dem_municipalites", {"Auprès de la ou des municipalités", "Through the municipalities"}, 0.31, 0.57},
  };
  return kStrategies;
}

const std::vector<Option>& frequency_scale() {
  static const std::vector<Option> kScale{{"1", {"Jamais", "Never"}, 1},
                                          {"2", {"1 à 4 fois", "1 to 4 times"}, 2},
                                          {"3", {"5 à 10 fois", "5 to 10 times"}, 3},
                                          {"4", {"Plus de 10 fois", "More than 10 times"}, 4}};
  return kScale;
}

const std::vector<Option>& efficacy_scale() {
  static const std::vector<Option> kScale{
      {"1", {"Pas du tout efficace", "Not effective at all"}, 1},
      {"2", {"Peu efficace", "Slightly effective"}, 2},
      {"3", {"Efficace", "Effective"}, 3},
      {"4", {"Très efficace", "Very effective"}, 4},
      {"non_utilisee", {"Ne s'applique pas (stratégie non utilisée)", "Not applicable (strategy not used)"},
       std::nullopt}};
  return kScale;
}

const std::vector<ChoiceItem>& outreach_common_choices() {
  static const std::vector<ChoiceItem> kItems{
      {"partenaire_cle",
       "collaborations",
       {"Catégorie d'organisation de votre principal partenaire clé", "Category of your main key partner"},
       {{"communautaires", {"Autres organismes communautaires", "Other community organizations"}, 65, 59},
        {"cisss", {"CISSS/CIUSSS", "CISSS/CIUSSS"}, 24, 23},
        {"tables", {"Tables de concertation (ou autres comités locaux ou régionaux)", "Local round tables or committees"},
         5, 16},
        {"garde", {"Services de garde", "Child care"}, 3, 0},
        {"ecoles", {"Écoles", "Schools"}, 3, 2}}},
      {"facteurs_reussite",
       "collaborations",
       {"Principaux facteurs de réussite de la collaboration avec vos partenaires clés",
        "Main success factors in working with your key partners"},
       {{"reconnaissance", {"Reconnaissance mutuelle de l'expertise de chacun", "Mutual recognition of expertise"}, 70, 70},
        {"confiance", {"Confiance mutuelle", "Mutual trust"}, 60, 30},
        {"connaitre", {"Connaître les principales personnes de l'organisme partenaire", "Knowing the partner's key people"},
         25, 60},
        {"collaboration_active",
         {"Collaboration active et étroite dans la réponse aux besoins des familles isolées",
          "Close, active collaboration in meeting isolated families' needs"},
         55, 55}},
       true},
      {"obstacles",
       "collaborations",
       {"Principaux obstacles dans la collaboration avec vos partenaires clés",
        "Main obstacles in working with your key partners"},
       {{"roles", {"Mécompréhension des rôles et mandats de la PTP", "Misunderstanding of the outreach worker's role"},
         55, 40},
        {"secteur", {"Ne pas faire partie du même secteur de services", "Not being in the same service sector"}, 45, 15},
        {"roulement", {"Roulement de personnel", "Staff turnover"}, 40, 55},
        {"temps", {"Manque de temps", "Lack of time"}, 20, 45}},
       true,
       true},
      {"appropriation",
       "mise_en_oeuvre",
       {"Avez-vous eu besoin d'une période d'appropriation et d'adaptation à votre mandat ?",
        "Did you need a period to take on and adapt to your mandate?"},
       {{"oui", {"Oui", "Yes"}, 80, 60}, {"non", {"Non", "No"}, 20, 40}}},
      {"une_ptp_30h",
       "mise_en_oeuvre",
       {"Une seule personne travailleuse de proximité par organisme, à 30 h par semaine, est-ce approprié ?",
        "Is one outreach worker per organization, 30 hours a week, appropriate?"},
       {{"oui", {"Oui", "Yes"}, 67}, {"non", {"Non", "No"}, 33}}},
  };
  return kItems;
}

const std::vector<ChoiceItem>& outreach_ptp_choices() {
  static const std::vector<ChoiceItem> kItems{
      {"parents_rejoints",
       "demarchage",
       {"Combien de parents estimez-vous avoir rejoints au cours de la période visée ?",
        "How many parents do you think you reached during the period?"},
       {{"moins_25", {"Moins de 25", "Fewer than 25"}, 20},
        {"25_50", {"De 25 à 50", "25 to 50"}, 30},
        {"plus_50", {"Plus de 50", "More than 50"}, 50}}},
      {"contact_familles",
       "mise_en_oeuvre",
       {"À quelle fréquence maintenez-vous le contact avec les familles accompagnées ?",
        "How often do you keep in touch with the families you support?"},
       {{"hebdo", {"Chaque semaine ou plus", "Weekly or more"}, 20},
        {"plusieurs_mois", {"Plusieurs fois par mois", "Several times a month"}, 50},
        {"mensuel", {"Environ une fois par mois", "About once a month"}, 22},
        {"moins", {"Moins souvent", "Less often"}, 8}}},
  };
  return kItems;
}

const std::vector<ChoiceItem>& outreach_pg_choices() {
  static const std::vector<ChoiceItem> kItems{
      {"strategies_gestion",
       "mise_en_oeuvre",
       {"Stratégies pour soutenir la mise en œuvre du projet pilote", "Strategies supporting the pilot's implementation"},
       {{"plan_travail",
         {"Élaboration d'un plan de travail ou d'un plan d'action annuel", "A work plan or yearly action plan"},
         70},
        {"comite_local",
         {"Mise sur pied d'un comité local de démarrage ou de suivi", "A local start-up or follow-up committee"},
         45},
        {"rencontres_ptp", {"Rencontres régulières avec la PTP", "Regular meetings with the outreach worker"}, 40}},
       true,
       true},
  };
  return kItems;
}

const std::vector<Outcome>& outreach_outcomes() {
  static const std::vector<Outcome> kOutcomes{
      {"ret_confiance",
       {"Un lien de confiance est établi entre les parents et la PTP",
        "Trust is built between the parents and the outreach worker"},
       0.95},
      {"ret_ressources",
       {"Les parents utilisent davantage les ressources de la communauté", "Parents use community resources more"},
       0.92},
      {"ret_filet",
       {"Les collaborations brisent l'isolement des familles en facilitant le lien avec des ressources pertinentes",
        "Collaborations break families' isolation by linking them with relevant resources"},
       0.90},
      {"ret_programmation",
       {"Le travail de proximité influence la programmation des activités de notre organisme",
        "Outreach work shapes our organization's programme of activities"},
       0.80},
      {"ret_structure",
       {"Le travail de proximité a un impact sur la structure organisationnelle de notre organisme",
        "Outreach work affects our organization's structure"},
       0.50},
  };
  return kOutcomes;
}

// Paraphrases of the seed's qualitative summaries, never its words at length.
const std::vector<std::string>& outreach_comments_ptp() {
  static const std::vector<std::string> kComments{
      "Se faire connaître comme PTP prend des mois, autant auprès des partenaires que des familles.",
      "En milieu rural, il faut plus d'imagination pour créer des liens avec les familles.",
      "Je dépasse parfois mon mandat pour combler un trou de services, et je dois le rappeler aux partenaires.",
      "Le premier contact est déterminant : tout repose sur l'écoute.",
      "Parler plusieurs langues aide beaucoup avec les familles nouvellement arrivées.",
      "Je me sens parfois seule dans l'équipe, à part des autres intervenantes.",
  };
  return kComments;
}

const std::vector<std::string>& outreach_comments_pg() {
  static const std::vector<std::string> kComments{
      "Le réseautage repose autant sur la gestion que sur la PTP.",
      "Une seule PTP à 30 heures, c'est court pour toutes ses tâches.",
      "Des rencontres régulières avec la PTP et un suivi des objectifs nous ont aidés.",
      "Les organismes du territoire travaillent encore beaucoup en silo.",
      "Un jumelage avec un organisme plus expérimenté serait utile.",
  };
  return kComments;
}

}  // namespace filet::demo
