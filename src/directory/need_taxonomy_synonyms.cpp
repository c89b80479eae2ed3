#include "directory/need_taxonomy_synonyms.hpp"

#include <algorithm>
#include <iterator>
#include <utility>

namespace filet::directory {
namespace {

// A parent's words also go to the services of its sub-needs: keep them general, and put the words
// of one kind of service on that sub-need only (else "épicerie" would find every food service).
constexpr std::pair<std::string_view, std::string_view> kSynonyms[] = {
    {"housing", "logement loyer appartement habitation se loger maison housing home rent apartment"},
    {"housing.search",
     "trouver un logement chercher un appartement déménagement déménager housing search "
     "apartment hunting moving"},
    {"housing.emergency",
     "hébergement d'urgence refuge itinérance sans-abri sans logement à la rue "
     "homeless shelter emergency housing"},
    {"housing.social",
     "HLM OMH coop d'habitation coopérative logement abordable logement subventionné "
     "public housing affordable housing co-op subsidized housing"},
    {"housing.tenant_rights",
     "comité logement bail hausse de loyer éviction expulsion insalubrité "
     "moisissures punaises TAL régie du logement lease eviction landlord mould"},
    {"housing.payment",
     "supplément au loyer allocation-logement payer le loyer Hydro électricité facture "
     "rent help pay rent utility bills"},
    {"food", "alimentation nourriture manger bouffe food eat"},
    {"food.banks",
     "banque alimentaire dépannage alimentaire dépannage épicerie épicerie solidaire comptoir "
     "alimentaire panier de provisions paniers de Noël sécurité alimentaire insécurité alimentaire "
     "food bank food pantry groceries grocery emergency food food aid hampers"},
    {"food.meals",
     "repas repas communautaire soupe populaire dîner souper cantine popote manger "
     "meals free meals community meal soup kitchen lunch dinner"},
    {"food.collective_kitchens",
     "cuisine collective cuisiner ensemble popote recettes "
     "community kitchen cooking group cook together"},
    {"food.gardens",
     "jardin communautaire jardinage potager légumes jardiner "
     "community garden gardening vegetables"},
    {"food.nutrition",
     "nutritionniste diététiste OLO bien manger saine alimentation alimentation bébé "
     "nutritionist dietitian healthy eating baby food"},
    {"goods", "biens matériel don dons objets donated goods"},
    {"goods.furniture",
     "meubles lit matelas électroménagers frigo laveuse cuisinière "
     "furniture bed mattress appliances fridge"},
    {"goods.baby",
     "couches lait maternisé poussette siège d'auto bassinette articles de bébé "
     "diapers formula stroller car seat crib baby gear"},
    {"goods.household",
     "vaisselle literie hygiène produits d'entretien couvertures "
     "dishes bedding hygiene products"},
    {"goods.toys_books", "jouets jeux livres cadeaux toys games books gifts"},
    {"clothing", "vêtements linge habits clothes clothing"},
    {"clothing.baby", "vêtements de bébé linge d'enfant baby clothes kids clothes"},
    {"clothing.winter",
     "manteau manteaux bottes tuque mitaines habit de neige hiver "
     "winter coat boots snowsuit mittens"},
    {"clothing.thrift",
     "friperie comptoir vestimentaire vêtements usagés seconde main "
     "thrift store second-hand clothing bank"},
    {"transport", "transport se déplacer déplacement transportation travel getting around"},
    {"transport.accompaniment",
     "accompagnement-transport transport médical rendez-vous médical conduire "
     "chauffeur bénévole lift ride medical transport driver appointment"},
    {"transport.fares",
     "carte OPUS passe d'autobus billet d'autobus métro autobus tarif réduit "
     "bus pass transit fare bus ticket"},
    {"transport.school", "autobus scolaire transport scolaire trajet école school bus"},
    {"transport.rural",
     "transport collectif transport adapté covoiturage taxi collectif "
     "paratransit carpool rural transit"},
    {"childcare", "garde d'enfants gardiennage gardienne garderie child care childcare babysitting"},
    {"childcare.daycare",
     "garderie garderie subventionnée CPE centre de la petite enfance service de garde "
     "milieu familial place en garderie place à contribution réduite "
     "daycare day care subsidized daycare preschool nursery"},
    {"childcare.dropin",
     "halte-garderie halte garderie garde occasionnelle garde ponctuelle drop-in daycare "
     "occasional child care"},
    {"childcare.search",
     "place en garderie La Place 0-5 liste d'attente garderie trouver une garderie "
     "inscription garderie finding daycare daycare waiting list"},
    {"childcare.respite",
     "répit répit parental souffler pause parent épuisé "
     "respite break for parents"},
    {"childcare.school_age",
     "service de garde scolaire camp de jour camps d'été garde après l'école "
     "after-school care day camp summer camp"},
    {"health", "santé soins médecin docteur health doctor medical care"},
    {"health.primary",
     "médecin docteur clinique sans rendez-vous infirmière CLSC GMF consultation médicale "
     "doctor walk-in clinic nurse family doctor"},
    {"health.vaccination",
     "vaccin vaccins vaccination immunisation piqûre vaccins des bébés vaccine shots immunization"},
    {"health.dental", "dentiste dents hygiéniste buccodentaire dentist teeth dental care"},
    {"health.development",
     "retard de développement orthophonie orthophoniste ergothérapie "
     "ergothérapeute psychoéducation langage parole "
     "speech therapy occupational therapy development delay"},
    {"health.social_paediatrics", "pédiatrie sociale pédiatre Dr Julien social pediatrics pediatrician"},
    {"mental_health",
     "santé mentale psychologue psy détresse stress anxiété déprime mental health "
     "psychologist distress"},
    {"mental_health.counselling",
     "consultation psychosociale travailleur social travailleuse sociale "
     "thérapie counselling counseling therapy social worker"},
    {"mental_health.crisis",
     "ligne d'écoute crise urgence suicide détresse psychologique "
     "crisis line helpline hotline suicide prevention"},
    {"mental_health.perinatal",
     "dépression post-partum baby blues déprime après l'accouchement "
     "postpartum depression perinatal anxiety"},
    {"mental_health.support_groups",
     "groupe d'entraide groupe de soutien pairs entraide "
     "support group peer support self-help"},
    {"mental_health.addiction",
     "toxicomanie dépendance alcool drogue jeu écrans cannabis "
     "addiction substance use alcohol drugs gambling"},
    {"perinatal", "périnatalité grossesse bébé naissance petite enfance perinatal pregnancy baby birth"},
    {"perinatal.pregnancy",
     "enceinte grossesse suivi de grossesse cours prénataux rencontres prénatales "
     "sage-femme pregnant prenatal classes midwife"},
    {"perinatal.sippe", "SIPPE visites à domicile CLSC jeunes parents home visits young parents"},
    {"perinatal.breastfeeding",
     "allaitement allaiter tétée lait maternel marraine d'allaitement "
     "breastfeeding nursing lactation"},
    {"perinatal.birth_support",
     "doula accompagnante à la naissance relevailles accouchement post-partum "
     "aide après la naissance doula childbirth postpartum help"},
    {"perinatal.stimulation",
     "stimulation précoce éveil jeux bébé développement tout-petits "
     "early stimulation baby play toddlers"},
    {"parenting",
     "parent parents parentalité famille familles soutien aux parents "
     "parenting family support"},
    {"parenting.workshops",
     "ateliers parents-enfants atelier parent-enfant jeux lecture "
     "parent-child workshops playgroup"},
    {"parenting.groups",
     "groupe de parents café-rencontre Espace Parents discussion entre parents "
     "parent group parents' group"},
    {"parenting.home_visits", "visites à domicile accompagnement à domicile home visits home support"},
    {"parenting.outreach",
     "travail de proximité travailleur de proximité travailleuse de proximité "
     "travail de rue familles isolées outreach worker street work isolated families"},
    {"parenting.fathers", "pères papa papas paternité fathers dads fatherhood"},
    {"legal", "juridique droit avocat avocate légal law legal lawyer"},
    {"legal.consultation",
     "aide juridique avocat avocate conseil juridique clinique juridique notaire "
     "legal aid lawyer legal advice legal clinic"},
    {"legal.immigration",
     "immigration immigrant immigrante réfugié réfugiée demandeur d'asile asile "
     "parrainage résidence permanente citoyenneté sans statut nouveaux arrivants "
     "refugee asylum seeker newcomers permanent residence sponsorship"},
    {"legal.forms",
     "formulaires remplir des formulaires papiers démarches paperasse "
     "forms paperwork government forms"},
    {"legal.interpretation", "interprète interprétariat traducteur traduction interpreter translator"},
    {"legal.family_law",
     "divorce séparation garde partagée pension alimentaire médiation familiale "
     "custody child support mediation"},
    {"language", "langue langues apprendre le français learning languages"},
    {"language.francization",
     "francisation cours de français apprendre le français français langue seconde "
     "French classes learn French"},
    {"language.francization_parents",
     "francisation avec garde cours de français pour parents "
     "French classes for parents"},
    {"language.conversation",
     "conversation jumelage linguistique pratiquer le français "
     "French conversation practice"},
    {"language.literacy", "alphabétisation lire écrire analphabétisme literacy reading writing"},
    {"language.english", "anglais cours d'anglais anglais langue seconde English classes ESL"},
    {"employment", "emploi travail job revenu argent employment work job income money"},
    {"employment.job_search",
     "chercher un emploi recherche d'emploi CV curriculum entrevue travail job "
     "job search resume interview"},
    {"employment.training",
     "formation reconnaissance des diplômes équivalence métier "
     "training credential recognition"},
    {"employment.benefits",
     "allocations familiales aide sociale prestations RQAP Allocation canadienne "
     "pour enfants ACE bien-être social benefits welfare child benefit"},
    {"employment.taxes",
     "impôts rapport d'impôt clinique d'impôts déclaration de revenus "
     "taxes tax return tax clinic"},
    {"employment.budget",
     "budget dettes endettement ACEF faillite finances "
     "budgeting debt money management"},
    {"community", "isolement solitude briser l'isolement vie de quartier loneliness isolation"},
    {"community.drop_in", "halte-accueil milieu de vie café lieu de rencontre drop-in centre"},
    {"community.activities",
     "loisirs sorties activités familiales fêtes sports "
     "activities outings recreation leisure"},
    {"community.library", "bibliothèque heure du conte lecture livres library story time books"},
    {"community.pairing", "jumelage parrainage famille marraine befriending pairing buddy"},
    {"community.participation",
     "bénévolat bénévole comité de citoyens participation "
     "volunteering volunteer"},
    {"violence", "violence violence conjugale violence familiale abus family violence abuse"},
    {"violence.shelter",
     "maison d'hébergement maison pour femmes refuge femmes violentées "
     "women's shelter transition house"},
    {"violence.support",
     "victime victimes violence conjugale CAVAC soutien aux victimes "
     "victim support domestic violence"},
    {"violence.prevention",
     "prévention de la violence relations égalitaires intimidation gestion de la colère "
     "violence prevention bullying anger"},
    {"violence.youth_protection",
     "DPJ protection de la jeunesse signalement youth protection "
     "child protection"},
    {"education", "école scolaire éducation réussite scolaire school education"},
    {"education.school_readiness",
     "maternelle entrée à l'école préparation à l'école passage à la maternelle "
     "kindergarten school readiness"},
    {"education.homework", "devoirs aide aux devoirs tutorat soutien scolaire homework help tutoring"},
    {"education.enrolment",
     "inscription scolaire inscrire à l'école commission scolaire centre de services "
     "scolaire school enrolment school registration"},
    {"education.adult",
     "éducation des adultes retour aux études diplôme secondaire DES formation générale "
     "adult education high school diploma"},
};

}  // namespace

std::string_view need_synonyms(std::string_view code) {
  auto it = std::find_if(std::begin(kSynonyms), std::end(kSynonyms), [&](const auto& s) { return s.first == code; });
  return it == std::end(kSynonyms) ? std::string_view() : it->second;
}

uint64_t need_synonyms_fingerprint() {
  uint64_t hash = 14695981039346656037ull;
  for (const auto& [code, words] : kSynonyms)
    for (std::string_view part : {code, std::string_view("="), words, std::string_view(";")})
      for (char c : part) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return hash;
}

}  // namespace filet::directory
