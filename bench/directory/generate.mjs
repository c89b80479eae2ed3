#!/usr/bin/env node
// Generates a large, realistic, deterministic HSDS 3.1 package for directory benchmarks.
//
//   node bench/directory/generate.mjs OUT_DIR [--services 100000] [--organizations 20000]
//        [--locations 150000] [--seed 42] [--needs NEEDS.json] [--no-embed]
//
// Writes OUT_DIR/services.json (a JSON array of full HSDS services) and
// OUT_DIR/organizations.json (a JSON array of HSDS organizations), streaming both to disk.
// See bench/directory/README.md.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');

// ---------------------------------------------------------------------------------------------
// Arguments

function parseArgs(argv) {
  const o = { services: 100000, organizations: 20000, locations: 150000, seed: 42, needs: null, embed: true, out: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = (name) => {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 0) throw new Error(`${name} needs a whole number, got ${argv[i]}`);
      return v;
    };
    if (a === '--services') o.services = num(a);
    else if (a === '--organizations') o.organizations = num(a);
    else if (a === '--locations') o.locations = num(a);
    else if (a === '--seed') o.seed = num(a);
    else if (a === '--needs') o.needs = argv[++i];
    else if (a === '--no-embed') o.embed = false;
    else if (a === '-h' || a === '--help') { o.help = true; }
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else if (!o.out) o.out = a;
    else throw new Error(`unexpected argument ${a}`);
  }
  return o;
}

const USAGE = 'usage: node bench/directory/generate.mjs OUT_DIR [--services N] [--organizations N] ' +
  '[--locations N] [--seed N] [--needs NEEDS.json] [--no-embed]';

// ---------------------------------------------------------------------------------------------
// Deterministic randomness (sfc32) and ids

function sfc32(a, b, c, d) {
  return () => {
    a |= 0; b |= 0; c |= 0; d |= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
}
function hash32(s, seed = 0x811c9dc5) {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 16777619); }
  return h >>> 0;
}
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
function uuidFrom(a, b, c, d) {
  const h = (n) => HEX[(n >>> 24) & 255] + HEX[(n >>> 16) & 255] + HEX[(n >>> 8) & 255] + HEX[n & 255];
  const x = h(a), y = h(b), z = h(c), w = h(d);
  return `${x}-${y.slice(0, 4)}-4${y.slice(5, 8)}-${'89ab'[(c >>> 28) & 3]}${z.slice(1, 4)}-${z.slice(4, 8)}${w}`;
}
/** A UUID v4-shaped id derived from a name (stable across runs and seeds): used for need terms. */
function nameUuid(name) {
  const mix = (h) => { h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35); return (h ^ (h >>> 16)) >>> 0; };
  const a = mix(hash32(name, 0x811c9dc5)), b = mix(a ^ hash32(name, 0x01000193)), c = mix(b ^ 0x9e3779b9), d = mix(c ^ 0x7f4a7c15);
  return uuidFrom(a, b, c, d);
}
/** UUID v4 from the generator (deterministic for a given seed). */
const makeUuid = (rnd) => uuidFrom(rnd() * 4294967296, rnd() * 4294967296, rnd() * 4294967296, rnd() * 4294967296);

// ---------------------------------------------------------------------------------------------
// Reference data from the repository: the need taxonomy and the demo territories

function rawJson(file, name) {
  const src = fs.readFileSync(path.join(repo, file), 'utf8');
  const at = src.indexOf(name);
  const start = src.indexOf('R"json(', at) + 7;
  return JSON.parse(src.slice(start, src.indexOf(')json"', start)));
}
const NEED_TAXONOMY_ID = '6f1c2a4e-3b8d-4c5e-9a7f-0d2e1b3c4a5f';
const TERMS = rawJson('src/directory/need_taxonomy_data.cpp', 'kNeedTaxonomyJson');
const NETWORK = rawJson('src/demo/demo_network_data.cpp', 'kDemoNetworkJson');
const TERRITORY_NAME = Object.fromEntries(NETWORK.territories.map((t) => [t.key, t.name]));

// Territories of the demo network with their postal areas (FSA → approximate centroid) and a
// weight (how many organizations the benchmark puts there).
const AREAS = [
  { key: 'mn', city: 'Montréal', w: 10, fsa: { H1G: [45.6075, -73.62], H1H: [45.5905, -73.642] } },
  { key: 'vsp-sm', city: 'Montréal', w: 8, fsa: { H1Z: [45.572, -73.62], H2A: [45.562, -73.599] } },
  { key: 'vsp-pe', city: 'Montréal', w: 5, fsa: { H3N: [45.53, -73.63] } },
  { key: 'abc-ah', city: 'Montréal', w: 7, fsa: { H2C: [45.562, -73.645], H3L: [45.553, -73.668], H2M: [45.552, -73.657] } },
  { key: 'abc-bc', city: 'Montréal', w: 5, fsa: { H3M: [45.533, -73.708], H4J: [45.528, -73.708] } },
  { key: 'sl', city: 'Montréal', w: 6, fsa: { H1P: [45.594, -73.596], H1R: [45.58, -73.608], H1S: [45.583, -73.583] } },
  { key: 'anjou', city: 'Montréal', w: 4, fsa: { H1J: [45.605, -73.565], H1K: [45.609, -73.55] } },
  { key: 'prsl-pr', city: 'Montréal', w: 5, fsa: { H8Y: [45.506, -73.805], H9H: [45.49, -73.855], H8Z: [45.497, -73.83] } },
  { key: 'prsl-stl', city: 'Montréal', w: 6, fsa: { H4L: [45.514, -73.685], H4M: [45.519, -73.695], H4R: [45.505, -73.725] } },
  { key: 'cdn-cdn', city: 'Montréal', w: 8, fsa: { H3S: [45.503, -73.629], H3T: [45.499, -73.62], H3W: [45.493, -73.635] } },
  { key: 'cdn-ndg', city: 'Montréal', w: 6, fsa: { H4A: [45.472, -73.615], H4B: [45.462, -73.632] } },
  { key: 'mtl', city: 'Montréal', w: 12, fsa: { H2L: [45.523, -73.565], H2J: [45.527, -73.58], H2R: [45.542, -73.61], H1W: [45.545, -73.545], H4C: [45.477, -73.58], H3K: [45.485, -73.555] } },
  { key: 'qc-sr', city: 'Québec', w: 4, fsa: { G1K: [46.813, -71.225] } },
  { key: 'qc-li', city: 'Québec', w: 4, fsa: { G1L: [46.829, -71.223], G1J: [46.833, -71.205] } },
  { key: 'portneuf', city: 'Saint-Raymond', w: 3, fsa: { G3L: [46.893, -71.83], G3M: [46.68, -71.73], G0A: [46.7, -71.95] } },
  { key: 'mask', city: 'Saint-Hyacinthe', w: 4, fsa: { J2S: [45.63, -72.96], J2T: [45.61, -72.945], J0H: [45.52, -72.95] } },
];
for (const a of AREAS) {
  if (!TERRITORY_NAME[a.key]) throw new Error(`territory ${a.key} is not in the demo network`);
  a.name = TERRITORY_NAME[a.key];
  a.fsas = Object.entries(a.fsa);
}
const AREA_WEIGHTS = AREAS.map((a) => a.w);

// ---------------------------------------------------------------------------------------------
// Vocabulary: for each top-level need, service names and description sentences (FR/EN pairs).

const V = {
  food: {
    names: [['Aide alimentaire', 'Food aid'], ['Dépannage alimentaire', 'Emergency food help'], ['Comptoir alimentaire', 'Food bank'],
      ['Épicerie solidaire', 'Solidarity grocery'], ['Cuisines collectives', 'Collective kitchens'], ['Repas communautaires', 'Community meals'],
      ['Paniers de provisions', 'Grocery hampers'], ['Jardin collectif', 'Collective garden'], ['Ateliers de nutrition', 'Nutrition workshops']],
    sentences: [['Paniers de fruits, de légumes et de denrées sèches remis chaque semaine aux familles.', 'Hampers of fruit, vegetables and dry goods given to families every week.'],
      ['Les familles cuisinent ensemble des repas économiques à rapporter à la maison.', 'Families cook budget-friendly meals together to take home.'],
      ['Aide alimentaire d\'urgence sur référence d\'un.e intervenant.e.', 'Emergency food help on referral by a practitioner.'],
      ['Lait maternisé et aliments pour bébés offerts quand il y en a.', 'Infant formula and baby food offered when available.'],
      ['Un repas chaud est servi le midi dans une ambiance conviviale.', 'A hot meal is served at noon in a friendly setting.']],
  },
  housing: {
    names: [['Recherche de logement', 'Housing search'], ['Comité logement', 'Housing committee'], ['Information sur le logement social', 'Social housing information'],
      ['Hébergement d\'urgence pour familles', 'Emergency shelter for families'], ['Soutien communautaire en logement', 'Community housing support']],
    sentences: [['Accompagnement pour trouver un logement abordable et comprendre son bail.', 'Help finding affordable housing and understanding your lease.'],
      ['Information sur les droits des locataires, les hausses de loyer et l\'insalubrité.', 'Information on tenant rights, rent increases and unsanitary housing.'],
      ['Aide pour déposer une demande de HLM ou de supplément au loyer.', 'Help applying for public housing or a rent supplement.']],
  },
  goods: {
    names: [['Banque de meubles', 'Furniture bank'], ['Articles pour bébé', 'Baby supplies'], ['Joujouthèque', 'Toy library'], ['Comptoir d\'entraide', 'Community exchange counter']],
    sentences: [['Lits, matelas, poussettes et sièges d\'auto remis aux familles dans le besoin.', 'Beds, mattresses, strollers and car seats given to families in need.'],
      ['Prêt gratuit de jouets et de livres pour enfants.', 'Free loans of toys and children\'s books.']],
  },
  clothing: {
    names: [['Friperie familiale', 'Family thrift shop'], ['Vêtements d\'hiver pour enfants', 'Winter clothing for children'], ['Comptoir vestimentaire', 'Clothing bank']],
    sentences: [['Vêtements, habits de neige et bottes à petit prix pour toute la famille.', 'Low-cost clothing, snowsuits and boots for the whole family.']],
  },
  transport: {
    names: [['Accompagnement-transport', 'Rides to appointments'], ['Transport collectif sur réservation', 'Shared transit on reservation'], ['Titres de transport à tarif réduit', 'Reduced transit fares']],
    sentences: [['Des bénévoles conduisent les familles à leurs rendez-vous médicaux.', 'Volunteers drive families to medical appointments.'],
      ['Le transport se réserve la veille par téléphone.', 'Rides are booked by phone the day before.']],
  },
  childcare: {
    names: [['Halte-garderie', 'Drop-in daycare'], ['Centre de la petite enfance', 'Early childhood centre'], ['Répit parental', 'Respite for parents'],
      ['Service de garde scolaire', 'School daycare'], ['Camp de jour', 'Day camp']],
    sentences: [['Garde éducative pour les enfants de 18 mois à 5 ans quelques demi-journées par semaine.', 'Educational care for children from 18 months to 5 years a few half-days a week.'],
      ['Inscription au guichet unique La Place 0-5.', 'Registration on the La Place 0-5 waiting list.'],
      ['Quelques heures de répit pour les parents épuisés ou isolés.', 'A few hours of respite for exhausted or isolated parents.']],
  },
  health: {
    names: [['Vaccination des enfants', 'Childhood vaccination'], ['Clinique sans rendez-vous', 'Walk-in clinic'], ['Pédiatrie sociale', 'Social paediatrics'],
      ['Orthophonie', 'Speech therapy'], ['Santé dentaire', 'Dental health']],
    sentences: [['Vaccins du calendrier régulier du Québec, sur rendez-vous.', 'Routine Quebec schedule vaccines, by appointment.'],
      ['Dépistage et suivi du développement de l\'enfant.', 'Screening and follow-up of the child\'s development.'],
      ['Une infirmière répond aux questions sur la santé des tout-petits.', 'A nurse answers questions about toddlers\' health.']],
  },
  mental_health: {
    names: [['Consultation psychosociale', 'Psychosocial counselling'], ['Ligne d\'écoute', 'Helpline'], ['Groupe d\'entraide', 'Support group'], ['Santé mentale périnatale', 'Perinatal mental health']],
    sentences: [['Rencontres avec une intervenante pour traverser une période difficile.', 'Meetings with a practitioner to get through a difficult time.'],
      ['Écoute confidentielle et orientation vers les bonnes ressources.', 'Confidential listening and referral to the right resources.']],
  },
  perinatal: {
    names: [['Suivi de grossesse', 'Pregnancy follow-up'], ['Rencontres prénatales', 'Prenatal classes'], ['Halte-allaitement', 'Breastfeeding drop-in'],
      ['Relevailles', 'Postpartum home help'], ['Visites à domicile SIPPE', 'SIPPE home visits'], ['Stimulation précoce', 'Early stimulation']],
    sentences: [['Visites à domicile d\'une infirmière de la grossesse jusqu\'aux 5 ans de l\'enfant.', 'Home visits by a nurse from pregnancy until the child turns 5.'],
      ['Soutien à l\'allaitement par des marraines et des infirmières.', 'Breastfeeding support from peer helpers and nurses.'],
      ['Activités d\'éveil pour les bébés et les tout-petits.', 'Play-based activities for babies and toddlers.']],
  },
  parenting: {
    names: [['Ateliers parents-enfants', 'Parent-child workshops'], ['Espace Parents', 'Espace Parents'], ['Café-rencontre des parents', 'Parents\' coffee mornings'],
      ['Travail de proximité', 'Outreach work'], ['Activités pères-enfants', 'Father-child activities'], ['Y\'a personne de parfait', 'Nobody\'s Perfect']],
    sentences: [['Ateliers de jeu et de discussion pour les parents et leurs enfants de 0 à 5 ans.', 'Play and discussion workshops for parents and their children aged 0 to 5.'],
      ['Une personne travailleuse de proximité va à la rencontre des familles isolées.', 'An outreach worker meets isolated families where they are.'],
      ['Neuf ateliers pour les parents immigrants sur la vie de famille au Québec.', 'Nine workshops for immigrant parents on family life in Quebec.']],
  },
  legal: {
    names: [['Consultation juridique', 'Legal consultation'], ['Aide aux formulaires', 'Help with forms'], ['Accompagnement en immigration', 'Immigration support'],
      ['Interprétation communautaire', 'Community interpreting'], ['Médiation familiale', 'Family mediation']],
    sentences: [['Information juridique gratuite et orientation vers l\'aide juridique.', 'Free legal information and referral to legal aid.'],
      ['Aide pour remplir les formulaires gouvernementaux : allocations, RAMQ, impôts.', 'Help filling in government forms: benefits, health insurance, taxes.'],
      ['Parrainage, résidence permanente et demandes d\'asile.', 'Sponsorship, permanent residence and asylum claims.']],
  },
  language: {
    names: [['Francisation', 'French courses'], ['Francisation avec halte-garderie', 'French courses with child care'], ['Ateliers de conversation', 'Conversation groups'], ['Alphabétisation', 'Literacy']],
    sentences: [['Cours de français pour les personnes immigrantes, le jour ou le soir.', 'French courses for immigrants, day or evening.'],
      ['Pratiquer le français oral avec des bénévoles.', 'Practise spoken French with volunteers.']],
  },
  employment: {
    names: [['Recherche d\'emploi', 'Job search'], ['Clinique d\'impôts', 'Tax clinic'], ['Consultation budgétaire', 'Budget counselling'], ['Reconnaissance des diplômes', 'Credential recognition']],
    sentences: [['CV, préparation aux entrevues et accompagnement vers l\'emploi.', 'Résumés, interview preparation and support into work.'],
      ['Déclarations de revenus gratuites pour recevoir les allocations familiales.', 'Free tax returns to receive family benefits.']],
  },
  community: {
    names: [['Milieu de vie', 'Drop-in centre'], ['Heure du conte', 'Story time'], ['Sorties familiales', 'Family outings'], ['Jumelage interculturel', 'Intercultural pairing'], ['Comité de résidents', 'Residents\' committee']],
    sentences: [['Un lieu accueillant pour briser l\'isolement et rencontrer d\'autres familles.', 'A welcoming place to break isolation and meet other families.'],
      ['Lecture d\'albums et comptines pour les tout-petits.', 'Picture books and nursery rhymes for little ones.'],
      ['Sorties à petit prix pour toute la famille.', 'Low-cost outings for the whole family.']],
  },
  violence: {
    names: [['Soutien aux victimes de violence conjugale', 'Support for victims of domestic violence'], ['Maison d\'hébergement', 'Women\'s shelter'], ['Prévention de la violence', 'Violence prevention']],
    sentences: [['Écoute, plan de sécurité et accompagnement confidentiel.', 'Listening, safety planning and confidential support.']],
  },
  education: {
    names: [['Aide aux devoirs', 'Homework help'], ['Préparation à la maternelle', 'Getting ready for kindergarten'], ['Inscription scolaire', 'School enrolment'], ['Formation des adultes', 'Adult education']],
    sentences: [['Aide aux devoirs après l\'école avec des bénévoles.', 'After-school homework help with volunteers.'],
      ['Préparer l\'enfant et le parent à l\'entrée à l\'école.', 'Preparing child and parent for starting school.']],
  },
};
const QUAL = [['', ''], [' pour les familles', ' for families'], [' du quartier', ' in the neighbourhood'], [' pour les nouveaux arrivants', ' for newcomers'],
  [' 0-5 ans', ' (0 to 5)'], [' du samedi', ' on Saturdays'], [' en soirée', ' in the evening'], [' — point de service', ' — satellite office']];
const GENERIC = [['Inscription sur place ou par téléphone.', 'Sign up on site or by phone.'], ['Interprètes disponibles sur demande.', 'Interpreters available on request.'],
  ['Une halte-garderie accueille les enfants pendant l\'activité.', 'A drop-in daycare looks after children during the activity.'],
  ['Le service est offert en partenariat avec le CLSC et les organismes du quartier.', 'The service is offered with the CLSC and neighbourhood organizations.'],
  ['Collation santé offerte.', 'Healthy snack provided.'], ['Places limitées : réservez tôt.', 'Limited spots: book early.'],
  ['Accessible en fauteuil roulant.', 'Wheelchair accessible.'], ['Activité gratuite pour les familles à faible revenu.', 'Free for low-income families.']];
const ORG_KIND = [['Maison de la famille', 'community_family', 5], ['Centre communautaire', 'community_other', 4], ['Carrefour des nouveaux arrivants', 'community_newcomers', 3],
  ['CLSC', 'health_social_services', 1], ['Bibliothèque', 'library', 2], ['CPE', 'childcare', 3], ['École primaire', 'school', 3], ['Centre de pédiatrie sociale', 'social_paediatrics', 1],
  ['Clinique juridique', 'legal_clinic', 1], ['Association des locataires', 'social_housing', 1], ['Centre des femmes', 'community_other', 1], ['Table de concertation', 'round_table', 1]];
const ORG_WORDS = ['des Érables', 'Le Pont', 'L\'Envol', 'Les Petits Pas', 'La Passerelle', 'Le Phare', 'Les Trois-Rivières', 'La Source', 'Le Tournesol', 'Les Saules',
  'Le Carrefour', 'L\'Étincelle', 'La Ruche', 'Le Nid', 'Les Lucioles', 'Le Relais', 'La Boussole', 'L\'Arc-en-ciel', 'Le Rucher', 'Les Bourgeons'];
const STREETS = ['rue Saint-Denis', 'boulevard Saint-Michel', 'rue Jean-Talon Est', 'boulevard Henri-Bourassa Est', 'avenue Papineau', 'rue Sherbrooke Est', 'rue Jarry Est',
  'boulevard Pie-IX', 'rue Fleury Est', 'boulevard Gouin Ouest', 'chemin de la Côte-des-Neiges', 'avenue Victoria', 'boulevard Décarie', 'rue de Charleroi',
  'boulevard Lacordaire', 'avenue Ogilvy', 'rue Saint-Roch', 'boulevard Laurentien', 'rue Saint-Joseph Est', '3e Avenue', 'rue Girouard Ouest', 'rue Saint-Ignace'];
const LANGS = [['en', 0.55], ['es', 0.3], ['ar', 0.28], ['ht', 0.14], ['zh', 0.08], ['vi', 0.05], ['pt', 0.05], ['it', 0.05], ['tl', 0.04], ['fa', 0.04],
  ['ru', 0.03], ['pa', 0.02], ['bn', 0.02], ['ur', 0.02], ['ta', 0.02], ['ne', 0.02], ['sw', 0.01], ['hy', 0.01], ['ro', 0.01], ['el', 0.01]];
const LANG_NAME = { fr: 'Français', en: 'Anglais', es: 'Espagnol', ar: 'Arabe', ht: 'Créole haïtien', zh: 'Chinois', vi: 'Vietnamien', pt: 'Portugais', it: 'Italien',
  tl: 'Tagalog', fa: 'Persan', ru: 'Russe', pa: 'Pendjabi', bn: 'Bengali', ur: 'Ourdou', ta: 'Tamoul', ne: 'Népalais', sw: 'Swahili', hy: 'Arménien', ro: 'Roumain', el: 'Grec' };
const SCHEDULES = ['MO,TU,WE,TH,FR 09:00-17:00', 'MO,TU,WE,TH 08:30-16:30|FR 08:30-12:00', 'TU,TH 09:00-11:30', 'WE 13:00-16:00', 'SA 10:00-12:00',
  'MO,WE 18:30-20:30', 'TU 09:30-11:30|TH 13:30-15:30', 'MO,TU,WE,TH,FR 07:00-18:00', 'FR 11:30-13:30', 'TH 13:00-16:00'];
// Weight of each top-level need (how often it is a service's main need).
const NEED_WEIGHT = { food: 8, housing: 5, goods: 4, clothing: 3, transport: 3, childcare: 8, health: 8, mental_health: 6, perinatal: 7, parenting: 10,
  legal: 6, language: 6, employment: 5, community: 9, violence: 3, education: 6 };
const LDU_LETTERS = 'ABCEGHJKLMNPRSTVWXYZ';

// ---------------------------------------------------------------------------------------------
// Needs: the taxonomy's codes, and the term ids to use (the server's when --needs is given)

function loadNeedIds(file) {
  if (!file) return null;
  const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  const items = Array.isArray(doc) ? doc : doc.items || doc.contents;
  if (!Array.isArray(items)) throw new Error(`${file}: expected GET /api/v1/directory/needs or /api/hsds/taxonomy_terms output`);
  return new Map(items.filter((t) => t.code).map((t) => [t.code, t.id]));
}

function main() {
  const o = parseArgs(process.argv.slice(2));
  if (o.help || !o.out) { console.error(USAGE); process.exit(o.help ? 0 : 2); }
  if (o.organizations < 1 && o.services > 0) throw new Error('--organizations must be at least 1');
  const started = Date.now();
  fs.mkdirSync(o.out, { recursive: true });
  const rnd = sfc32(0x9e3779b9, 0x243f6a88, 0xb7e15162, o.seed >>> 0);
  for (let i = 0; i < 20; i++) rnd();
  const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
  const weighted = (weights, total) => { let r = rnd() * total; for (let i = 0; i < weights.length; i++) { r -= weights[i]; if (r < 0) return i; } return weights.length - 1; };

  const given = loadNeedIds(o.needs);
  const term = new Map();
  for (const t of TERMS) {
    const id = (given && given.get(t.code)) || nameUuid(`filet-need:${t.code}`);
    term.set(t.code, { id, code: t.code, parent: t.parent, name: t.name_fr, description: t.description_fr, open: t.open_eligibility });
  }
  if (given) for (const t of TERMS) if (!given.has(t.code)) console.error(`warning: need ${t.code} not in ${o.needs}; using a generated id`);
  const tops = TERMS.filter((t) => !t.parent).map((t) => t.code);
  const children = Object.fromEntries(tops.map((c) => [c, TERMS.filter((t) => t.parent === c).map((t) => t.code)]));
  for (const c of tops) if (!V[c]) throw new Error(`no vocabulary for need ${c}`);
  const needWeights = tops.map((c) => NEED_WEIGHT[c] ?? 3);
  const needTotal = needWeights.reduce((a, b) => a + b, 0);
  const areaTotal = AREA_WEIGHTS.reduce((a, b) => a + b, 0);

  // Organizations: area, kind, name; share of services and locations (skewed: a few big ones).
  const nOrg = o.services > 0 ? Math.max(1, o.organizations) : o.organizations;
  const orgs = new Array(nOrg);
  for (let i = 0; i < nOrg; i++) {
    const area = AREAS[weighted(AREA_WEIGHTS, areaTotal)];
    const kind = ORG_KIND[weighted(ORG_KIND.map((k) => k[2]), ORG_KIND.reduce((a, k) => a + k[2], 0))];
    const name = kind[0] === 'CLSC' || kind[0] === 'Table de concertation'
      ? `${kind[0]} ${area.name} ${ORG_WORDS[i % ORG_WORDS.length]} (${i + 1})`
      : `${kind[0]} ${pick(ORG_WORDS)} de ${area.name} (${i + 1})`;
    orgs[i] = { id: makeUuid(rnd), name, sector: kind[1], area, services: 0, locations: [] };
  }
  const skewed = () => Math.floor(Math.pow(rnd(), 2.2) * nOrg);
  const serviceOrg = new Int32Array(o.services);
  for (let s = 0; s < o.services; s++) { const k = s < nOrg ? s : skewed(); serviceOrg[s] = k; orgs[k].services++; }

  // Locations: at least one per organization, the rest to the bigger ones.
  const nLoc = Math.max(o.locations, o.services > 0 ? nOrg : 0);
  const newLocation = (org) => {
    const [fsa, c] = pick(org.area.fsas);
    const ldu = `${Math.floor(rnd() * 10)}${LDU_LETTERS[Math.floor(rnd() * 20)]}${Math.floor(rnd() * 10)}`;
    const id = makeUuid(rnd);
    return {
      id, location_type: 'physical', name: `${org.name.replace(/ \(\d+\)$/, '')} — ${org.locations.length === 0 ? 'local principal' : `point de service ${org.locations.length + 1}`}`,
      latitude: +(c[0] + (rnd() - 0.5) * 0.03).toFixed(5), longitude: +(c[1] + (rnd() - 0.5) * 0.04).toFixed(5),
      addresses: [{ id: makeUuid(rnd), address_1: `${100 + Math.floor(rnd() * 12000)}, ${pick(STREETS)}`, city: org.area.city,
        state_province: 'QC', postal_code: `${fsa} ${ldu}`, country: 'CA', address_type: 'physical' }],
    };
  };
  for (let i = 0; i < nOrg && i < nLoc; i++) orgs[i].locations.push(newLocation(orgs[i]));
  for (let l = nOrg; l < nLoc; l++) { const org = orgs[skewed()]; org.locations.push(newLocation(org)); }

  // organizations.json
  const writer = (file) => {
    const fd = fs.openSync(path.join(o.out, file), 'w');
    let buf = '', bytes = 0, n = 0;
    return {
      add(obj) { buf += (n++ === 0 ? '[\n' : ',\n') + JSON.stringify(obj); if (buf.length > 1 << 20) { bytes += fs.writeSync(fd, buf); buf = ''; } },
      close() { buf += n === 0 ? '[]\n' : '\n]\n'; bytes += fs.writeSync(fd, buf); fs.closeSync(fd); return bytes; },
    };
  };
  const orgFile = writer('organizations.json');
  for (const org of orgs) {
    const slug = `org${hash32(org.id).toString(36)}`;
    orgFile.add({
      id: org.id, name: org.name,
      description: `Organisme ${org.sector === 'health_social_services' ? 'public' : 'communautaire'} au service des familles de ${org.area.name}.`,
      email: `info@${slug}.example`, website: `https://${slug}.example`,
      phones: [{ id: makeUuid(rnd), number: `514-555-${String(Math.floor(rnd() * 10000)).padStart(4, '0')}` }],
    });
  }
  const orgBytes = orgFile.close();

  // services.json
  const svcFile = writer('services.json');
  const perOrgIndex = new Int32Array(nOrg);
  const today = Date.UTC(2026, 9, 1);
  let phraseHits = 0;
  for (let s = 0; s < o.services; s++) {
    const org = orgs[serviceOrg[s]];
    const idx = perOrgIndex[serviceOrg[s]]++;
    const id = makeUuid(rnd);
    const top = tops[weighted(needWeights, needTotal)];
    const v = V[top];
    const ni = Math.floor(rnd() * v.names.length);
    const q = rnd() < 0.55 ? QUAL[0] : pick(QUAL);
    const nameFr = `${v.names[ni][0]}${q[0]}`, nameEn = `${v.names[ni][1]}${q[1]}`;
    const s1 = pick(v.sentences), g1 = pick(GENERIC), g2 = rnd() < 0.5 ? pick(GENERIC) : null;
    const descFr = `${s1[0]} ${g1[0]}${g2 && g2 !== g1 ? ' ' + g2[0] : ''} Offert à ${org.area.name}.`;
    const descEn = `${s1[1]} ${g1[1]}${g2 && g2 !== g1 ? ' ' + g2[1] : ''} Offered in ${org.area.name}.`;
    if (/\baide\b/i.test(nameFr + ' ' + descFr) && /alimentaire/i.test(nameFr + ' ' + descFr)) phraseHits++;
    // Needs: one or two children of the main need (or the need itself), sometimes another one.
    const kids = children[top];
    const needs = new Set([kids.length && rnd() < 0.85 ? pick(kids) : top]);
    if (kids.length > 1 && rnd() < 0.3) needs.add(pick(kids));
    if (rnd() < 0.2) needs.add(tops[weighted(needWeights, needTotal)]);
    const young = top === 'perinatal' || top === 'childcare' || rnd() < 0.3;
    const minAge = young ? 0 : pick([0, 0, 6, 12, 16, 18]);
    const maxAge = young ? pick([1, 2, 5, 5, 5, 12]) : pick([17, 99, 99, 99]);
    const langs = ['fr'];
    for (const [code, p] of LANGS) if (rnd() < p * 0.6) langs.push(code);
    const free = rnd() < 0.78;
    const wlr = rnd();
    const waiting = wlr < 0.13 ? { status: 'waiting', delay_days: 7 * (1 + Math.floor(rnd() * 40)), as_of: '2026-09-15' }
      : wlr < 0.15 ? { status: 'closed', delay_days: null, as_of: '2026-09-15' } : { status: 'open', delay_days: null, as_of: null };
    const verifiedDaysAgo = rnd() < 0.1 ? 400 + Math.floor(rnd() * 700) : Math.floor(rnd() * 365);
    const verified = new Date(today - verifiedDaysAgo * 86400000).toISOString();
    const modified = new Date(today - Math.floor(rnd() * verifiedDaysAgo + 1) * 86400000).toISOString();
    const sched = pick(SCHEDULES).split('|').map((part, k) => {
      const [byday, hours] = part.split(' ');
      const [opens, closes] = hours.split('-');
      return { id: makeUuid(rnd), freq: 'WEEKLY', byday, opens_at: `${opens}:00`, closes_at: `${closes}:00` };
    });
    // Locations: spread the organization's locations over its services so each is used.
    const L = org.locations.length;
    const m = Math.max(1, Math.min(4, Math.ceil(L / Math.max(1, org.services))));
    const locs = [];
    for (let t = 0; t < m; t++) { const loc = org.locations[(idx * m + t) % L]; if (!locs.includes(loc)) locs.push(loc); }
    const status = rnd() < 0.96 ? 'active' : pick(['inactive', 'temporarily closed', 'defunct']);
    const tr = (fr) => ({
      name: fr ? nameFr : nameEn, description: fr ? descFr : descEn,
      eligibility_description: fr ? `Familles de ${org.area.name}.` : `Families in ${org.area.name}.`,
      application_process: fr ? 'Téléphonez ou présentez-vous à l\'accueil.' : 'Call or come to the front desk.',
      fees_description: free ? (fr ? 'Gratuit' : 'Free') : (fr ? 'Contribution modeste' : 'Small fee'),
    });
    const service = {
      id, organization_id: org.id, name: nameFr, description: descFr,
      eligibility_description: `Familles de ${org.area.name}.`, application_process: 'Téléphonez ou présentez-vous à l\'accueil.',
      fees_description: free ? 'Gratuit' : 'Contribution modeste', status,
      email: `service${idx + 1}@${'org' + hash32(org.id).toString(36)}.example`,
      minimum_age: minAge, maximum_age: Math.max(minAge, maxAge),
      assured_date: verified.slice(0, 10), last_modified: modified,
      phones: [{ id: makeUuid(rnd), number: `514-555-${String(Math.floor(rnd() * 10000)).padStart(4, '0')}`, extension: 2 + (idx % 30) }],
      schedules: sched,
      service_areas: [{ id: makeUuid(rnd), name: org.area.name }],
      service_at_locations: locs.map((loc) => ({ id: makeUuid(rnd), location_id: loc.id, location: loc })),
      languages: langs.map((code) => ({ id: makeUuid(rnd), name: LANG_NAME[code], code })),
      attributes: [...needs].map((code) => {
        const t = term.get(code);
        return { id: makeUuid(rnd), link_id: id, link_entity: 'service', taxonomy_term_id: t.id,
          taxonomy_term: { id: t.id, code, name: t.name, description: t.description, parent_id: t.parent ? term.get(t.parent).id : undefined,
            taxonomy_id: NEED_TAXONOMY_ID, language: 'fr' } };
      }),
      x_filet: { translations: { fr: tr(true), en: tr(false) }, is_free: free, waiting_list: waiting, verified_at: verified },
    };
    if (o.embed) service.organization = { id: org.id, name: org.name, description: `Organisme au service des familles de ${org.area.name}.` };
    svcFile.add(service);
  }
  const svcBytes = svcFile.close();
  const mb = (b) => (b / 1048576).toFixed(1);
  console.error(`wrote ${o.services} services (${mb(svcBytes)} MB), ${nOrg} organizations (${mb(orgBytes)} MB), ${nLoc} locations ` +
    `to ${o.out} in ${((Date.now() - started) / 1000).toFixed(1)} s; "aide" + "alimentaire" in ${phraseHits} services ` +
    `(${o.services ? (100 * phraseHits / o.services).toFixed(1) : 0} %)`);
}

try { main(); } catch (e) { console.error(`generate.mjs: ${e.message}`); process.exit(1); }
