// The reference lists Filet installs and keeps: one JSON array of lists, each with its entries in
// order. Codes are stable handles stored by records and reports (lowercase ASCII): never rename
// one; add an entry (a later start adds it, leaving admin changes alone) or let admins retire it.
// French labels follow seed 003 (the evaluation of the outreach-work pilot) where it names them.
#include "reference/reference_lists_data.hpp"
namespace filet::reference {
const std::string_view kReferenceListsJson = R"json(
[
  {"key":"outreach_strategy","name_fr":"Stratégies de démarchage","name_en":"Outreach strategies",
   "description_fr":"Comment la personne travailleuse de proximité joint les familles ou entre en contact avec elles.",
   "description_en":"How the outreach worker reaches families or gets in touch with them.",
   "entries":[
    {"code":"social_media","fr":"Réseaux sociaux","en":"Social media"},
    {"code":"community_organizations","fr":"Auprès des organismes communautaires","en":"Via community organizations"},
    {"code":"collective_activities","fr":"Présence à des activités collectives dans la communauté","en":"Presence at collective activities in the community"},
    {"code":"parks","fr":"Présence dans les parcs","en":"Presence in parks"},
    {"code":"health_social_services_staff","fr":"Auprès du personnel du RSSS","en":"Via health and social services staff"},
    {"code":"known_families","fr":"Auprès de familles déjà connues","en":"Via families already known"},
    {"code":"streets","fr":"Présence dans les rues","en":"Presence in the streets"},
    {"code":"other_outreach_work","fr":"Alliance avec d’autres formes de travail de proximité","en":"Alliance with other forms of outreach work"},
    {"code":"schools","fr":"Présence dans les écoles","en":"Presence in schools"},
    {"code":"shops","fr":"Présence dans les commerces","en":"Presence in shops"},
    {"code":"municipalities","fr":"Auprès de la ou des municipalités","en":"Via the municipalities"}
   ]},
  {"key":"outreach_place_type","name_fr":"Types de lieux de démarchage","name_en":"Outreach place types",
   "description_fr":"Le genre de lieu où le démarchage a eu lieu.","description_en":"The kind of place where the outreach took place.",
   "entries":[
    {"code":"park","fr":"Parc","en":"Park"},
    {"code":"street","fr":"Rue","en":"Street"},
    {"code":"school","fr":"École","en":"School"},
    {"code":"shop","fr":"Commerce","en":"Shop"},
    {"code":"community_organization","fr":"Organisme communautaire","en":"Community organization"},
    {"code":"collective_activity","fr":"Activité collective","en":"Collective activity"},
    {"code":"health_social_services","fr":"Établissement de santé et de services sociaux","en":"Health and social services facility"},
    {"code":"municipal_place","fr":"Lieu municipal (bibliothèque, centre de loisirs)","en":"Municipal place (library, recreation centre)"},
    {"code":"housing_site","fr":"Habitation (HLM, coopérative)","en":"Housing site (public housing, co-op)"},
    {"code":"online","fr":"En ligne","en":"Online"},
    {"code":"other","fr":"Autre lieu","en":"Other place"}
   ]},
  {"key":"organization_category","name_fr":"Catégories d’organisation","name_en":"Organization categories",
   "description_fr":"Les catégories d’organisation auprès desquelles le travail de proximité se fait connaître.",
   "description_en":"The categories of organization to which the outreach work is made known.",
   "entries":[
    {"code":"community_organizations","fr":"Organismes communautaires","en":"Community organizations"},
    {"code":"round_tables","fr":"Tables de concertation (ou autres comités locaux ou régionaux)","en":"Round tables (or other local or regional committees)"},
    {"code":"known_families","fr":"Familles déjà connues comme intermédiaires","en":"Families already known acting as intermediaries"},
    {"code":"health_social_services","fr":"Organismes du réseau de la santé et des services sociaux","en":"Health and social services"},
    {"code":"childcare_education","fr":"Organismes du réseau des services de garde ou de l’éducation","en":"Child care or education"}
   ]},
  {"key":"networking_activity","name_fr":"Types d’activité de réseautage","name_en":"Networking activity kinds",
   "description_fr":"Comment le travail de proximité a été présenté à une organisation.","description_en":"How the outreach work was presented to an organization.",
   "entries":[
    {"code":"meeting","fr":"Rencontre","en":"Meeting"},
    {"code":"presentation","fr":"Présentation","en":"Presentation"},
    {"code":"information_session","fr":"Séance d’information","en":"Information session"},
    {"code":"round_table_meeting","fr":"Rencontre d’une table de concertation","en":"Round-table meeting"},
    {"code":"phone_or_email","fr":"Téléphone ou courriel","en":"Phone or e-mail"},
    {"code":"joint_activity","fr":"Activité commune","en":"Joint activity"}
   ]},
  {"key":"vulnerability_factor","name_fr":"Facteurs de vulnérabilité","name_en":"Vulnerability factors",
   "description_fr":"Les facteurs de vulnérabilité des familles accompagnées.","description_en":"The vulnerability factors of the families accompanied.",
   "entries":[
    {"code":"economic_deprivation","fr":"Défavorisation économique de la famille","en":"Economic deprivation of the family"},
    {"code":"weak_support_network","fr":"Faible réseau de soutien de l’entourage immédiat","en":"Weak support network around the family"},
    {"code":"immigration_context","fr":"Contexte d’immigration","en":"Immigration context"},
    {"code":"domestic_violence","fr":"Présence de violence conjugale","en":"Domestic violence"},
    {"code":"mental_health","fr":"Santé mentale","en":"Mental health"},
    {"code":"isolation_from_services","fr":"Isolement des ressources de la communauté","en":"Isolation from services"},
    {"code":"housing","fr":"Logement","en":"Housing"},
    {"code":"food_insecurity","fr":"Insécurité alimentaire","en":"Food insecurity"}
   ]},
  {"key":"accompaniment_element","name_fr":"Éléments de l’accompagnement","name_en":"Accompaniment elements",
   "description_fr":"Ce que la personne travailleuse de proximité a apporté à la famille lors d’un contact.","description_en":"What the outreach worker brought to the family during a contact.",
   "entries":[
    {"code":"active_listening","fr":"Écoute active","en":"Active listening"},
    {"code":"basic_needs_procedures","fr":"Accompagnement centré sur des démarches liées à des besoins de base","en":"Help with procedures for basic needs"},
    {"code":"welcome","fr":"Accueil","en":"Welcome"},
    {"code":"parental_empowerment","fr":"Soutien au sentiment de compétence et de contrôle (empowerment) du ou des parents","en":"Support for the parents’ sense of competence and control (empowerment)"}
   ]},
  {"key":"accompaniment_obstacle","name_fr":"Obstacles à l’accompagnement","name_en":"Accompaniment obstacles",
   "description_fr":"Ce qui a entravé l’accompagnement d’une famille.","description_en":"What got in the way of accompanying a family.",
   "entries":[
    {"code":"parents_personal_difficulties","fr":"Problèmes personnels des parents qui entravent l’accompagnement","en":"The parents’ personal difficulties"},
    {"code":"language","fr":"Langue","en":"Language"},
    {"code":"transport","fr":"Transport","en":"Transport"},
    {"code":"mistrust_of_services","fr":"Méfiance ou mauvaise expérience avec les services","en":"Mistrust or bad experience of services"},
    {"code":"fear_of_judgement","fr":"Peur du jugement","en":"Fear of judgement"},
    {"code":"unfamiliarity_with_resources","fr":"Méconnaissance des ressources","en":"Unfamiliarity with resources"},
    {"code":"other","fr":"Autre obstacle","en":"Other obstacle"}
   ]},
  {"key":"contact_mode","name_fr":"Modes de contact","name_en":"Contact modes",
   "description_fr":"Comment un contact avec une famille a eu lieu.","description_en":"How a contact with a family took place.",
   "entries":[
    {"code":"home_visit","fr":"Visite à domicile","en":"Home visit"},
    {"code":"phone","fr":"Téléphone","en":"Phone"},
    {"code":"text_message","fr":"Texto","en":"Text message"},
    {"code":"in_community","fr":"Dans la communauté","en":"In the community"},
    {"code":"at_organization","fr":"À l’organisme","en":"At the organization"},
    {"code":"accompanied_to_service","fr":"Accompagnement vers un service","en":"Accompanied to a service"}
   ]},
  {"key":"family_closing_reason","name_fr":"Motifs de fin d’accompagnement","name_en":"Reasons for closing a family’s file",
   "description_fr":"Pourquoi l’accompagnement d’une famille a pris fin.","description_en":"Why the accompaniment of a family ended.",
   "entries":[
    {"code":"needs_met","fr":"Besoins répondus","en":"Needs met"},
    {"code":"referred_elsewhere","fr":"Relais vers une autre ressource","en":"Handed over to another resource"},
    {"code":"family_withdrew","fr":"La famille a mis fin à l’accompagnement","en":"The family ended the accompaniment"},
    {"code":"moved_away","fr":"Déménagement hors du territoire","en":"Moved out of the territory"},
    {"code":"unreachable","fr":"Famille injoignable","en":"Family unreachable"},
    {"code":"other","fr":"Autre motif","en":"Other reason"}
   ]},
  {"key":"service_gap_reason","name_fr":"Motifs de trous de services","name_en":"Service-gap reasons",
   "description_fr":"Pourquoi un besoin d’une famille n’a pas pu être répondu.","description_en":"Why a family’s need could not be met.",
   "entries":[
    {"code":"no_service","fr":"Aucun service de ce type","en":"No such service"},
    {"code":"waiting_list","fr":"Liste d’attente","en":"Waiting list"},
    {"code":"not_eligible","fr":"Non admissible","en":"Not eligible"},
    {"code":"cost","fr":"Coût","en":"Cost"},
    {"code":"transport_distance","fr":"Transport ou distance","en":"Transport or distance"},
    {"code":"language","fr":"Langue","en":"Language"},
    {"code":"opening_hours","fr":"Heures d’ouverture","en":"Opening hours"},
    {"code":"immigration_status","fr":"Statut d’immigration de la famille","en":"The family’s immigration status"},
    {"code":"other","fr":"Autre motif","en":"Other reason"}
   ]},
  {"key":"referral_decline_reason","name_fr":"Motifs de refus d’une référence","name_en":"Referral decline reasons",
   "description_fr":"Pourquoi l’organisation qui reçoit une référence la refuse.","description_en":"Why the receiving organization declines a referral.",
   "entries":[
    {"code":"not_eligible","fr":"Non admissible","en":"Not eligible"},
    {"code":"full_waiting_list","fr":"Complet ou liste d’attente","en":"Full or waiting list"},
    {"code":"outside_territory","fr":"Hors du territoire","en":"Outside the territory"},
    {"code":"already_served","fr":"Famille déjà desservie","en":"Family already served"},
    {"code":"family_unreachable","fr":"Famille injoignable","en":"Family unreachable"},
    {"code":"other","fr":"Autre motif","en":"Other reason"}
   ]},
  {"key":"key_partner_category","name_fr":"Catégories de partenaires clés","name_en":"Key partner categories",
   "description_fr":"La catégorie d’organisation d’un partenaire clé (étude sur le travail de proximité, 2025).",
   "description_en":"The kind of organization a key partner is (outreach work study, 2025).",
   "entries":[
    {"code":"community_organization","fr":"Autre organisme communautaire","en":"Other community organization"},
    {"code":"cisss_ciusss","fr":"CISSS ou CIUSSS","en":"CISSS or CIUSSS (public health and social services)"},
    {"code":"round_table","fr":"Table de concertation (ou autre comité local ou régional)","en":"Round table (or other local or regional committee)"},
    {"code":"child_care","fr":"Service de garde","en":"Child care"},
    {"code":"school","fr":"École","en":"School"},
    {"code":"other","fr":"Autre","en":"Other"}
   ]},
  {"key":"partnership_success_factor","name_fr":"Facteurs de réussite des collaborations","name_en":"Partnership success factors",
   "description_fr":"Ce qui fait réussir la collaboration avec un partenaire clé.","description_en":"What makes a collaboration with a key partner work.",
   "entries":[
    {"code":"mutual_recognition","fr":"Reconnaissance mutuelle de l’expertise de chacun","en":"Mutual recognition of each other’s expertise"},
    {"code":"mutual_trust","fr":"Confiance mutuelle","en":"Mutual trust"},
    {"code":"active_collaboration","fr":"Collaboration active et étroite dans la réponse aux besoins des familles isolées","en":"Active, close collaboration in meeting the needs of isolated families"},
    {"code":"knowing_key_people","fr":"Connaître les principales personnes de l’organisme partenaire","en":"Knowing the key people of the partner organization"}
   ]},
  {"key":"partnership_obstacle","name_fr":"Obstacles aux collaborations","name_en":"Partnership obstacles",
   "description_fr":"Ce qui nuit à la collaboration avec un partenaire clé.","description_en":"What gets in the way of a collaboration with a key partner.",
   "entries":[
    {"code":"role_misunderstanding","fr":"Mécompréhension des rôles et mandats de la personne travailleuse de proximité","en":"Misunderstanding of the outreach worker’s role and mandate"},
    {"code":"different_sector","fr":"Ne pas faire partie du même secteur de services","en":"Not being in the same service sector"},
    {"code":"staff_turnover","fr":"Roulement de personnel","en":"Staff turnover"},
    {"code":"lack_of_time","fr":"Manque de temps","en":"Lack of time"}
   ]},
  {"key":"efficacy_rating","name_fr":"Échelle d’efficacité","name_en":"Efficacy scale",
   "description_fr":"L’efficacité perçue d’une activité, de 1 (pas du tout efficace) à 4 (très efficace).",
   "description_en":"The perceived efficacy of an activity, from 1 (not at all effective) to 4 (very effective).",
   "entries":[
    {"code":"not_effective","fr":"1 — Pas du tout efficace","en":"1 — Not at all effective"},
    {"code":"slightly_effective","fr":"2 — Peu efficace","en":"2 — Slightly effective"},
    {"code":"effective","fr":"3 — Efficace","en":"3 — Effective"},
    {"code":"very_effective","fr":"4 — Très efficace","en":"4 — Very effective"}
   ]}
]
)json";
}  // namespace filet::reference
