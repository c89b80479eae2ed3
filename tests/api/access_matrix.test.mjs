// The access matrix: every route of /api/v1/openapi.json × every role (× own/other
// organization where the route has an organization id) against a table of rules kept here.
// A route in openapi.json without a rule in RULES fails the build.
//
// Allowed writes are sent an invalid body so they answer 422 and change nothing.
import { test, describe, before } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE, Client, DEMO, as, freshLogin, assertList, assertCreated, findOrg, uniq,
} from './helpers.mjs';
import { appreciationXlsx } from '../xlsform_fixture.mjs';

const ROLES = ['anonymous', 'admin', 'coordinator', 'evaluator', 'manager', 'practitioner', 'facilitator'];

// Who may do it.
const EVERYONE = 'everyone'; // anonymous included
const LOGGED_IN = 'logged_in';
const ADMIN = 'admin';
const ADMIN_OR_OWN_MANAGER = 'admin_or_own_manager';
const OPTIONAL_AUTH = 'optional_auth'; // contract silent: anonymous may get 200 or 401; every role 200
const REGISTER_KEEPERS = 'register_keepers'; // incidents register (Law 25): admins and managers
const EDITORS = 'editors'; // directory editing: admins, managers, coordinators (docs/directory-api.md)
// The journal (src/auth/policy.cpp): never admins as such, nor facilitators.
const JOURNAL_READERS = 'journal_readers'; // practitioners, managers, coordinators, evaluators
const JOURNAL_RECORDERS = 'journal_recorders'; // practitioners and managers
const MANAGERS = 'managers';
// A phone's outbox: those who record the journal and families, and the groups' facilitators
// (attendance and logbooks); each item then passes its own route's rules.
const OUTBOX_SENDERS = 'outbox_senders';
// An entry of the own organization (Maison de la famille de Montréal-Nord, recorded by its
// practitioner today) or of another (Accueil aux immigrants de Saint-Léonard). Its own
// organization's practitioners and managers reach it; coordinators and evaluators read both (the
// two organizations are in the programs of their organizations); another organization's entry
// is not found (404) by the practitioners and managers of Montréal-Nord.
const JOURNAL_ENTRY_READERS = 'journal_entry_readers';
const JOURNAL_ENTRY_EDITORS = 'journal_entry_editors';
// Families (issue 9): practitioners and managers record their organization's; coordinators and
// evaluators list de-identified families of their programs' organizations; admins see none.
const FAMILY_READERS = 'family_readers';
const FAMILY_WORKERS = 'family_workers';
// Law 25 (export, destruction): managers of the family's organization; another organization's
// family is not found; everyone else is refused.
const FAMILY_MANAGERS = 'family_managers';
// An organization's own setting: its managers only (admins see no family data).
const OWN_MANAGER = 'own_manager';
// Questionnaires, campaigns and results (src/auth/policy.cpp): managers, coordinators, evaluators.
const QUESTIONNAIRE_BUILDERS = 'questionnaire_builders';
// Groups (issue 11): coordinators, managers, evaluators and facilitators (the sample group is
// Montréal-Nord's, planned by the coordinator and facilitated by the demo facilitator, so all four
// reach it); its logbook is read by its facilitators and the evaluators only.
const GROUP_WORKERS = 'group_workers';
const LOGBOOK_READERS = 'logbook_readers';
// Compensation (the accounts): those who plan the group, coordinators and its organization's
// managers; evaluators and facilitators work groups but find no compensation (404).
const COMPENSATION_KEEPERS = 'compensation_keepers';

// Rules per docs/api.md. Key: "METHOD /path/{id}" with every path parameter written {id}.
// body: what an allowed write is sent (invalid on purpose → 422, nothing changes).
// ok: statuses that count as "allowed" (default: GET 200, others 422).
const RULES = {
  'POST /api/v1/session': { who: EVERYONE, body: {}, ok: [400, 422] },
  'DELETE /api/v1/session': { who: LOGGED_IN, ok: [204], freshSession: true },
  'GET /api/v1/me': { who: LOGGED_IN },
  'PATCH /api/v1/me': { who: LOGGED_IN, body: { locale: 'xx' } },
  'POST /api/v1/session/second-factor': { who: EVERYONE, body: {}, ok: [422] },
  'GET /api/v1/me/two-factor': { who: LOGGED_IN },
  'POST /api/v1/me/two-factor': { who: LOGGED_IN, body: { unexpected: true } },
  'POST /api/v1/me/two-factor/confirm': { who: LOGGED_IN, body: { code: '' } },
  'POST /api/v1/me/two-factor/recovery-codes': { who: LOGGED_IN, body: {} },
  'POST /api/v1/me/two-factor/disable': { who: LOGGED_IN, body: {} },

  'GET /api/v1/territories': { who: LOGGED_IN },
  'POST /api/v1/territories': { who: ADMIN, body: { name: '' } },
  'GET /api/v1/territories/{id}': { who: LOGGED_IN },
  'PATCH /api/v1/territories/{id}': { who: ADMIN, body: { name: '' } },

  'GET /api/v1/organizations': { who: LOGGED_IN },
  'POST /api/v1/organizations': { who: ADMIN, body: { name: '' } },
  'GET /api/v1/organizations/{id}': { who: LOGGED_IN },
  'PATCH /api/v1/organizations/{id}': { who: ADMIN_OR_OWN_MANAGER, body: { name: '' } },

  'GET /api/v1/programs': { who: LOGGED_IN },
  'POST /api/v1/programs': { who: ADMIN, body: { name: '' } },
  'GET /api/v1/programs/{id}': { who: LOGGED_IN },
  'PATCH /api/v1/programs/{id}': { who: ADMIN, body: { name: '' } },

  'GET /api/v1/users': { who: ADMIN },
  'POST /api/v1/users': { who: ADMIN, body: { name: '' } },
  'GET /api/v1/users/{id}': { who: ADMIN },
  'PATCH /api/v1/users/{id}': { who: ADMIN, body: { name: '' } },

  'GET /api/v1/audit': { who: ADMIN },
  'GET /api/v1/audit/export': { who: ADMIN, text: true },

  'GET /api/v1/reference-lists': { who: LOGGED_IN },
  'GET /api/v1/reference-lists/{id}': { who: LOGGED_IN },
  'GET /api/v1/reference-lists/{id}/entries/{id}': { who: LOGGED_IN },
  'POST /api/v1/reference-lists/{id}/entries': { who: ADMIN, body: { code: 'Not A Code' } },
  'PATCH /api/v1/reference-lists/{id}/entries/{id}': { who: ADMIN, body: { label_fr: '' } },

  'GET /api/v1/directory/needs': { who: LOGGED_IN },
  'GET /api/v1/directory/search': { who: LOGGED_IN },
  'GET /api/v1/directory/stale': { who: LOGGED_IN },
  'GET /api/v1/directory/services/{id}': { who: LOGGED_IN },
  'POST /api/v1/directory/services': { who: EDITORS, body: { name_fr: '' } },
  'PATCH /api/v1/directory/services/{id}': { who: EDITORS, body: { name_fr: '' } },
  // A service that does not exist: editors get past the route's rule (404), others are refused.
  'POST /api/v1/directory/services/{id}/verification': { who: EDITORS, ok: [404], missingId: true },
  'GET /api/v1/directory/export': { who: ADMIN, text: true },
  'POST /api/v1/directory/import': { who: ADMIN, body: [], ok: [200] },
  'GET /api/v1/directory/organizations/{id}/public-pages': { who: LOGGED_IN },
  'PUT /api/v1/directory/organizations/{id}/public-pages': { who: ADMIN_OR_OWN_MANAGER, body: { enabled: 'yes' } },
  'GET /api/public/services/{id}': { who: EVERYONE, ok: [200, 404] },
  'GET /api/v1/directory/postal-areas': { who: ADMIN },
  'POST /api/v1/directory/postal-areas': { who: ADMIN, body: { csv: '' } },

  'GET /api/v1/privacy/incidents': { who: REGISTER_KEEPERS },
  'POST /api/v1/privacy/incidents': { who: REGISTER_KEEPERS, body: { description: '' } },
  'GET /api/v1/privacy/incidents/{id}': { who: REGISTER_KEEPERS },
  'PATCH /api/v1/privacy/incidents/{id}': { who: REGISTER_KEEPERS, body: { description: '' } },

  'GET /api/hsds': { who: LOGGED_IN },
  'GET /api/hsds/services': { who: LOGGED_IN },
  'GET /api/hsds/services/{id}': { who: LOGGED_IN },
  'GET /api/hsds/organizations': { who: LOGGED_IN },
  'GET /api/hsds/organizations/{id}': { who: LOGGED_IN },
  'GET /api/hsds/service_at_locations': { who: LOGGED_IN },
  'GET /api/hsds/service_at_locations/{id}': { who: LOGGED_IN, ok: [200, 404], missingId: true },
  'GET /api/hsds/taxonomies': { who: LOGGED_IN },
  'GET /api/hsds/taxonomy_terms': { who: LOGGED_IN },

  'GET /api/v1/journal/outreach': { who: JOURNAL_READERS },
  'POST /api/v1/journal/outreach': { who: JOURNAL_RECORDERS, body: { strategy: '' } },
  'GET /api/v1/journal/outreach/{id}': { who: JOURNAL_ENTRY_READERS },
  // A stale version: allowed editors get past every rule to the 409, nothing changes.
  'PATCH /api/v1/journal/outreach/{id}': { who: JOURNAL_ENTRY_EDITORS, body: { version: 999999, efficacy: 2 }, ok: [409] },
  'GET /api/v1/journal/networking': { who: JOURNAL_READERS },
  'POST /api/v1/journal/networking': { who: JOURNAL_RECORDERS, body: { category: '' } },
  'GET /api/v1/journal/networking/{id}': { who: JOURNAL_ENTRY_READERS },
  'PATCH /api/v1/journal/networking/{id}': { who: JOURNAL_ENTRY_EDITORS, body: { version: 999999, efficacy: 2 }, ok: [409] },
  'GET /api/v1/journal/summary': { who: JOURNAL_READERS },
  'GET /api/v1/journal/exports/outreach': { who: MANAGERS, text: true },
  'GET /api/v1/journal/exports/networking': { who: MANAGERS, text: true },
  'GET /api/v1/families': { who: FAMILY_READERS },
  'POST /api/v1/families': { who: FAMILY_WORKERS, body: { adults: 'deux' } },
  'GET /api/v1/families/without-contact': { who: FAMILY_WORKERS },
  'GET /api/v1/families/{id}': { who: FAMILY_WORKERS },
  'PATCH /api/v1/families/{id}': { who: FAMILY_WORKERS, body: { adults: 'deux' } },
  'GET /api/v1/families/{id}/identity': { who: FAMILY_WORKERS },
  'PUT /api/v1/families/{id}/identity': { who: FAMILY_WORKERS, body: { phone: 'appelez-moi' } },
  'GET /api/v1/families/{id}/timeline': { who: FAMILY_WORKERS },
  'GET /api/v1/family-consents': { who: FAMILY_WORKERS },
  'POST /api/v1/family-consents': { who: FAMILY_WORKERS, body: { purpose: 'gossip' } },
  'GET /api/v1/family-consents/{id}': { who: FAMILY_WORKERS },
  'PATCH /api/v1/family-consents/{id}': { who: FAMILY_WORKERS, body: { given_how: 'telepathy' } },
  'GET /api/v1/family-contacts': { who: FAMILY_WORKERS },
  'POST /api/v1/family-contacts': { who: FAMILY_WORKERS, body: { initiated_by: 'cat' } },
  'GET /api/v1/family-contacts/{id}': { who: FAMILY_WORKERS },
  'PATCH /api/v1/family-contacts/{id}': { who: FAMILY_WORKERS, body: { initiated_by: 'cat' } },
  'GET /api/v1/families/{id}/export': { who: FAMILY_MANAGERS },
  'POST /api/v1/families/{id}/destruction': { who: FAMILY_MANAGERS, body: { code: 42 } },
  'GET /api/v1/organizations/{id}/family-retention': { who: OWN_MANAGER },
  'PUT /api/v1/organizations/{id}/family-retention': { who: OWN_MANAGER, body: { years_after_closing: 0 } },
  'GET /api/v1/family-evaluation/contacts': { who: FAMILY_READERS },
  'GET /api/v1/family-evaluation/check-ins': { who: FAMILY_READERS },
  'GET /api/v1/family-check-ins': { who: FAMILY_WORKERS },
  'POST /api/v1/family-check-ins': { who: FAMILY_WORKERS, body: { trust_link: 9 } },
  'GET /api/v1/family-check-ins/{id}': { who: FAMILY_WORKERS },
  'PATCH /api/v1/family-check-ins/{id}': { who: FAMILY_WORKERS, body: { trust_link: 9 } },

  // Referrals (issue 12): practitioners and managers; a referral of another organization that is
  // not addressed to theirs (or not sent) is not found; a bad body is refused first (422).
  'GET /api/v1/referrals': { who: FAMILY_WORKERS },
  'POST /api/v1/referrals': { who: FAMILY_WORKERS, body: { urgency: 'hier' } },
  'GET /api/v1/referrals/{id}': { who: FAMILY_WORKERS },
  'PATCH /api/v1/referrals/{id}': { who: FAMILY_WORKERS, body: { urgency: 'hier' } },
  'POST /api/v1/referrals/{id}/transitions': { who: FAMILY_WORKERS, body: { status: 'nowhere' } },
  'GET /api/v1/referrals/{id}/transitions': { who: FAMILY_WORKERS },

  // Service gaps (issue 12, item 3): the organization's practitioners and managers keep its gaps
  // (another organization's is not found); the register is read by whoever reads families.
  'GET /api/v1/service-gaps': { who: FAMILY_WORKERS },
  'POST /api/v1/service-gaps': { who: FAMILY_WORKERS, body: { reason: 'hier' } },
  'GET /api/v1/service-gaps/{id}': { who: FAMILY_WORKERS },
  'PATCH /api/v1/service-gaps/{id}': { who: FAMILY_WORKERS, body: { reason: 'hier' } },
  'DELETE /api/v1/service-gaps/{id}': { who: FAMILY_WORKERS, missingId: true, ok: [404] },
  'GET /api/v1/service-gaps/proposal': { who: FAMILY_WORKERS, ok: [400] },
  'GET /api/v1/service-gaps/register': { who: FAMILY_READERS },
  'GET /api/v1/service-gaps/register/export': { who: FAMILY_READERS, text: true },
  'GET /api/v1/key-partners': { who: JOURNAL_RECORDERS },
  'POST /api/v1/key-partners': { who: JOURNAL_RECORDERS, body: { partner_category: '' } },
  'GET /api/v1/key-partners/{id}': { who: JOURNAL_RECORDERS, missingId: true, ok: [404] },
  'PATCH /api/v1/key-partners/{id}': { who: JOURNAL_RECORDERS, missingId: true, body: { partner_category: '' }, ok: [404, 422] },
  'DELETE /api/v1/key-partners/{id}': { who: JOURNAL_RECORDERS, missingId: true, ok: [404] },
  'GET /api/v1/key-partners/summary': { who: JOURNAL_READERS },
  'GET /api/v1/key-partners/summary/export': { who: JOURNAL_READERS, text: true },
  'GET /api/v1/referral-agreements': { who: JOURNAL_READERS },
  // A bad body is refused before the policy asks for a manager of either side (partnerships.test.mjs).
  'POST /api/v1/referral-agreements': { who: JOURNAL_RECORDERS, body: { status: 'signed' } },
  'GET /api/v1/referral-agreements/{id}': { who: JOURNAL_READERS, missingId: true, ok: [404] },
  'GET /api/v1/referral-agreements/export': { who: JOURNAL_READERS, text: true },
  'PATCH /api/v1/referral-agreements/{id}': { who: JOURNAL_RECORDERS, missingId: true, body: { status: 'signed' }, ok: [404, 422] },

  // The offline outbox's sending: each item then passes its own route's rules (tests/api/batch.test.mjs).
  'POST /api/v1/batch': { who: OUTBOX_SENDERS, body: { items: [] } },

  // Questionnaires (issue 10): managers, coordinators and evaluators; the demo manager's
  // organization's questionnaire and campaign, which all three reach (the coordinator's and
  // evaluator's programs include it). The respondent page's routes are public.
  'GET /api/v1/questionnaires': { who: QUESTIONNAIRE_BUILDERS },
  'POST /api/v1/questionnaires/import': { who: QUESTIONNAIRE_BUILDERS, body: { file: 'pas du base64 !' } },
  'GET /api/v1/questionnaires/{id}': { who: QUESTIONNAIRE_BUILDERS },
  'POST /api/v1/questionnaires/{id}/versions': { who: QUESTIONNAIRE_BUILDERS, body: { file: 'pas du base64 !' } },
  'GET /api/v1/questionnaire-versions/{id}': { who: QUESTIONNAIRE_BUILDERS },
  'GET /api/v1/questionnaire-versions/{id}/xlsform': { who: QUESTIONNAIRE_BUILDERS, text: true },
  'GET /api/v1/survey-campaigns': { who: QUESTIONNAIRE_BUILDERS },
  'POST /api/v1/survey-campaigns': { who: QUESTIONNAIRE_BUILDERS, body: { name: '' } },
  'GET /api/v1/survey-campaigns/{id}': { who: QUESTIONNAIRE_BUILDERS },
  'GET /api/v1/survey-campaigns/{id}/results': { who: QUESTIONNAIRE_BUILDERS },
  // Without `item` the query is refused before anything is read.
  'GET /api/v1/survey-campaigns/{id}/open-answers': { who: QUESTIONNAIRE_BUILDERS, ok: [400] },
  'GET /api/v1/survey-campaigns/{id}/results/export': { who: QUESTIONNAIRE_BUILDERS, text: true },
  // Raw answers: the organization's own staff only (coordinators and evaluators read results).
  'GET /api/v1/survey-campaigns/{id}/answers': { who: MANAGERS, text: true },
  'POST /api/v1/survey-campaigns/{id}/answers/import': { who: QUESTIONNAIRE_BUILDERS, body: { file: 'x' } },
  // Invitation populations: the organization's own staff (its managers); the sample campaign is a
  // link campaign, which has no invitations (422 naming population). tests/api/survey_populations
  // reads a group campaign's.
  'GET /api/v1/survey-campaigns/{id}/non-respondents': { who: MANAGERS, ok: [422] },
  'GET /api/v1/survey-campaigns/{id}/invitations': { who: MANAGERS, ok: [422] },
  'GET /api/public/surveys/{id}': { who: EVERYONE },
  'POST /api/public/surveys/{id}/responses': { who: EVERYONE, body: { answers: 'toutes' } },

  // Groups (issue 11). Bad bodies are refused before the policy's question (422 for all four).
  'GET /api/v1/group-programs': { who: GROUP_WORKERS },
  'POST /api/v1/group-programs': { who: GROUP_WORKERS, body: { name: '' } },
  'GET /api/v1/group-programs/{id}': { who: GROUP_WORKERS },
  'PATCH /api/v1/group-programs/{id}': { who: GROUP_WORKERS, body: { themes: 'toutes' } },
  'GET /api/v1/groups': { who: GROUP_WORKERS },
  'POST /api/v1/groups': { who: GROUP_WORKERS, body: { kind: 'fête' } },
  'GET /api/v1/groups/{id}': { who: GROUP_WORKERS },
  'PATCH /api/v1/groups/{id}': { who: GROUP_WORKERS, body: { kind: 'fête' } },
  'GET /api/v1/groups/{id}/report': { who: GROUP_WORKERS },
  // A program's sessions and materials: planners write (a bad body is refused first, 422); every
  // group worker reaches the sample material (its program's organization, its group's facilitator).
  'PUT /api/v1/group-programs/{id}/sessions/{id}': { who: GROUP_WORKERS, body: { duration_minutes: 1 } },
  'POST /api/v1/group-programs/{id}/sessions/{id}/materials': { who: GROUP_WORKERS, body: { name: '' } },
  'DELETE /api/v1/group-program-materials/{id}': { who: GROUP_WORKERS, missingId: true, ok: [404] },
  'GET /api/v1/group-program-materials/{id}/download': { who: GROUP_WORKERS, text: true },
  'GET /api/v1/groups/{id}/notebook': { who: GROUP_WORKERS },
  'GET /api/v1/group-participants': { who: GROUP_WORKERS },
  'POST /api/v1/group-participants': { who: GROUP_WORKERS, body: { status: 'peut-être' } },
  'GET /api/v1/group-participants/{id}': { who: GROUP_WORKERS },
  'PATCH /api/v1/group-participants/{id}': { who: GROUP_WORKERS, body: { status: 'peut-être' } },
  'GET /api/v1/group-sessions': { who: GROUP_WORKERS },
  'POST /api/v1/group-sessions': { who: GROUP_WORKERS, body: { number: 0 } },
  'GET /api/v1/group-sessions/{id}': { who: GROUP_WORKERS },
  'PATCH /api/v1/group-sessions/{id}': { who: GROUP_WORKERS, body: { number: 0 } },
  'GET /api/v1/group-sessions/{id}/attendance': { who: GROUP_WORKERS },
  'PUT /api/v1/group-sessions/{id}/attendance': { who: GROUP_WORKERS, body: { children_in_care: -1 } },
  'GET /api/v1/group-sessions/{id}/logbook': { who: LOGBOOK_READERS },
  'PUT /api/v1/group-sessions/{id}/logbook': { who: GROUP_WORKERS, body: { trust_rating: 5 } },
  // A meeting's record: read by whoever reaches the group, kept by its facilitators and planners
  // (a bad body is refused first); the groups' activity per year.
  'GET /api/v1/group-sessions/{id}/minutes': { who: GROUP_WORKERS },
  'PUT /api/v1/group-sessions/{id}/minutes': { who: GROUP_WORKERS, body: { duration_minutes: 0 } },
  'GET /api/v1/group-reports/activity': { who: GROUP_WORKERS },
  'GET /api/v1/group-reports/activity/export': { who: GROUP_WORKERS, text: true },
  'GET /api/v1/group-reports/participation': { who: GROUP_WORKERS },
  'GET /api/v1/group-reports/participation/export': { who: GROUP_WORKERS, text: true },
  'GET /api/v1/group-reports/cohorts': { who: GROUP_WORKERS },
  'GET /api/v1/group-reports/cohorts/export': { who: GROUP_WORKERS, text: true },
  'GET /api/v1/network/map': { who: JOURNAL_READERS },
  'GET /api/v1/group-compensations': { who: GROUP_WORKERS },
  'POST /api/v1/group-compensations': { who: GROUP_WORKERS, body: { amount_cents: 0 } },
  'GET /api/v1/group-compensations/{id}': { who: COMPENSATION_KEEPERS },
  'PATCH /api/v1/group-compensations/{id}': { who: GROUP_WORKERS, body: { amount_cents: 0 } },
  'GET /api/v1/group-reports/compensation': { who: GROUP_WORKERS },
  'GET /api/v1/group-reports/compensation/export': { who: GROUP_WORKERS, text: true },

  'GET /api/v1/openapi.json': { who: OPTIONAL_AUTH },
  'GET /healthz': { who: EVERYONE },
  'GET /metrics': { who: OPTIONAL_AUTH, text: true },
};

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

let spec;
let specPrefix = '';
let clients = {};
let ctx = {};

function expected(rule, role, scope) {
  switch (rule.who) {
    case EVERYONE: return 'allow';
    case LOGGED_IN: return role === 'anonymous' ? 'deny' : 'allow';
    case ADMIN: return role === 'admin' ? 'allow' : 'deny';
    case ADMIN_OR_OWN_MANAGER:
      return role === 'admin' || (role === 'manager' && scope === 'own') ? 'allow' : 'deny';
    case OPTIONAL_AUTH: return role === 'anonymous' ? 'either' : 'allow';
    case EDITORS: return ['admin', 'manager', 'coordinator'].includes(role) ? 'allow' : 'deny';
    case REGISTER_KEEPERS: return ['admin', 'manager'].includes(role) ? 'allow' : 'deny';
    case JOURNAL_READERS: return ['practitioner', 'manager', 'coordinator', 'evaluator'].includes(role) ? 'allow' : 'deny';
    case JOURNAL_RECORDERS: return ['practitioner', 'manager'].includes(role) ? 'allow' : 'deny';
    case MANAGERS: return role === 'manager' ? 'allow' : 'deny';
    case OUTBOX_SENDERS: return ['practitioner', 'manager', 'facilitator'].includes(role) ? 'allow' : 'deny';
    case JOURNAL_ENTRY_READERS:
      if (['coordinator', 'evaluator'].includes(role)) return 'allow';
      if (['practitioner', 'manager'].includes(role)) return scope === 'own' ? 'allow' : 'hidden';
      return 'deny';
    case JOURNAL_ENTRY_EDITORS:
      if (['practitioner', 'manager'].includes(role)) return scope === 'own' ? 'allow' : 'hidden';
      return 'deny';
    case FAMILY_READERS: return ['manager', 'practitioner', 'coordinator', 'evaluator'].includes(role) ? 'allow' : 'deny';
    case FAMILY_WORKERS:
      if (!['manager', 'practitioner'].includes(role)) return 'deny';
      // Another organization's family or entry: as if it did not exist (a bad body is refused first).
      return scope === 'other' ? 'hidden' : 'allow';
    case FAMILY_MANAGERS:
      if (role !== 'manager') return 'deny';
      return scope === 'other' ? 'hidden' : 'allow';
    case OWN_MANAGER: return role === 'manager' && scope === 'own' ? 'allow' : 'deny';
    case QUESTIONNAIRE_BUILDERS: return ['manager', 'coordinator', 'evaluator'].includes(role) ? 'allow' : 'deny';
    case GROUP_WORKERS: return ['manager', 'coordinator', 'evaluator', 'facilitator'].includes(role) ? 'allow' : 'deny';
    case LOGBOOK_READERS: return ['evaluator', 'facilitator'].includes(role) ? 'allow' : 'deny';
    case COMPENSATION_KEEPERS:
      if (['manager', 'coordinator'].includes(role)) return 'allow';
      return ['evaluator', 'facilitator'].includes(role) ? 'hidden' : 'deny';
    default: throw new Error(`unknown rule ${rule.who}`);
  }
}

/** Normalised route key for an openapi path + method. */
function routeKey(method, path) {
  return `${method.toUpperCase()} ${fullPath(path).replace(/\{[^}]+\}/g, '{id}')}`;
}
function fullPath(path) {
  if (path.startsWith('/api/') || path === '/healthz' || path === '/metrics' || path === '/') return path;
  return specPrefix + path;
}

function operations() {
  const ops = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const m of Object.keys(item)) {
      if (HTTP_METHODS.includes(m)) ops.push({ method: m.toUpperCase(), path: fullPath(path), key: routeKey(m, path), op: item[m] });
    }
  }
  return ops;
}

/** Scopes for a route: org routes are tried on own and other organization; users on self and other. */
function scopesFor(path) {
  if (/^\/api\/v1\/journal\/(outreach|networking)\/\{[^}]+\}/.test(path)) return ['own', 'other'];
  if (/^\/api\/v1\/(directory\/)?organizations\/\{[^}]+\}/.test(path)) return ['own', 'other'];
  if (/^\/api\/v1\/users\/\{[^}]+\}/.test(path)) return ['self', 'other'];
  if (/^\/api\/v1\/famil(y|ies)[^/]*\/\{[^}]+\}/.test(path)) return ['own', 'other'];
  if (/^\/api\/v1\/referrals\/\{[^}]+\}/.test(path)) return ['own', 'other'];
  if (/^\/api\/v1\/service-gaps\/\{[^}]+\}/.test(path)) return ['own', 'other'];
  return [null];
}

function idFor(path, role, scope, rule = {}, name = 'id') {
  if (name === 'number') return '1'; // a program's session
  if (rule.missingId) return '00000000-0000-4000-8000-00000000dead';
  // A reference list and one of its entries: codes, not ids.
  if (/^\/api\/v1\/reference-lists\//.test(path)) return name === 'code' ? 'phone' : 'contact_mode';
  if (/^\/api\/(v1\/directory|hsds|public)\/services\//.test(path)) return ctx.serviceId;
  if (/^\/api\/hsds\/organizations\//.test(path)) return ctx.ownOrg.manager;
  if (/^\/api\/v1\/(directory\/)?organizations\//.test(path)) return scope === 'own' ? ctx.ownOrg[role] : ctx.otherOrg[role];
  if (/^\/api\/v1\/privacy\/incidents\//.test(path)) return ctx.incidentId;
  const journal = /^\/api\/v1\/journal\/(outreach|networking)\//.exec(path);
  if (journal) return ctx.journal[journal[1]][scope];
  if (/^\/api\/v1\/territories\//.test(path)) return ctx.territoryId;
  if (/^\/api\/v1\/programs\//.test(path)) return ctx.programId;
  const family = /^\/api\/v1\/(families|family-consents|family-contacts|family-check-ins)\//.exec(path);
  if (family) return ctx.family[scope === 'other' ? 'other' : 'own'][family[1]];
  if (/^\/api\/v1\/questionnaires\//.test(path)) return ctx.questionnaire.id;
  if (/^\/api\/v1\/questionnaire-versions\//.test(path)) return ctx.questionnaire.versionId;
  if (/^\/api\/v1\/survey-campaigns\//.test(path)) return ctx.campaign.id;
  if (/^\/api\/public\/surveys\//.test(path)) return ctx.campaign.link_token;
  if (/^\/api\/v1\/referrals\//.test(path)) return ctx.referral[scope === 'other' ? 'other' : 'own'];
  if (/^\/api\/v1\/service-gaps\//.test(path)) return ctx.gap[scope === 'other' ? 'other' : 'own'];
  if (/^\/api\/v1\/group-program-materials\//.test(path)) return ctx.material;
  const grouped = /^\/api\/v1\/(group-programs|groups|group-participants|group-sessions|group-compensations)\//.exec(path);
  if (grouped) return ctx.group[grouped[1]];
  if (/^\/api\/v1\/users\//.test(path)) return scope === 'self' && clients[role]?.user ? clients[role].user.id : ctx.userId;
  throw new Error(`no sample id for ${path}`);
}

async function attempt(method, path, rule, role, scope) {
  const concrete = path.replace(/\{([^}]+)\}/g, (_, name) => idFor(path, role, scope, rule, name));
  let client;
  if (role === 'anonymous') client = new Client('anonymous');
  else if (rule.freshSession) client = await freshLogin(role);
  else {
    // A clone so nothing a response does to cookies leaks into the shared session.
    client = new Client(role);
    client.jar = new Map(clients[role].jar);
    client.csrf = clients[role].csrf;
  }
  const opts = {};
  if (rule.body !== undefined && method !== 'GET') opts.body = rule.body;
  if (rule.text) opts.headers = { accept: 'text/plain' };
  const res = await client.req(method, concrete, opts);
  return { res, concrete };
}

function judge(rule, method, role, scope, res) {
  const exp = expected(rule, role, scope);
  const ok = rule.ok || (method === 'GET' ? [200] : [422]);
  const code = res.json?.error?.code;
  const deniedOk = role === 'anonymous'
    ? res.status === 401 && code === 'unauthenticated'
    : res.status === 403 && code === 'forbidden';
  if (exp === 'allow') return ok.includes(res.status) ? null : `expected allowed (${ok.join('|')})`;
  if (exp === 'deny') return deniedOk ? null : `expected denied (${role === 'anonymous' ? '401 unauthenticated' : '403 forbidden'})`;
  // Another organization's record: as if it did not exist.
  if (exp === 'hidden') {
    if (res.status === 404 && code === 'not_found') return null;
    // A bad body sent about another organization's family is refused before the lookup (422).
    const badBodyFirst = method !== 'GET' && [FAMILY_WORKERS, FAMILY_MANAGERS].includes(rule.who) && res.status === 422;
    return badBodyFirst ? null : 'expected hidden (404 not_found)';
  }
  // either
  return ok.includes(res.status) || deniedOk ? null : `expected ${ok.join('|')} or 401`;
}

before(async () => {
  const admin = await as('admin');
  const res = await admin.get('openapi.json');
  assert.equal(res.status, 200, `GET /api/v1/openapi.json: ${res.describe()}`);
  spec = res.json;
  assert.ok(spec && spec.paths, 'openapi.json has paths');
  // Server URL prefix, if paths are relative to it.
  const srv = spec.servers?.[0]?.url;
  if (srv) {
    const p = new URL(srv, BASE).pathname.replace(/\/+$/, '');
    if (p && p !== '/') specPrefix = p;
  }

  clients = { admin };
  for (const role of ROLES) if (role !== 'anonymous' && role !== 'admin') clients[role] = await as(role);

  const mfmn = await findOrg(admin, 'Maison de la famille de Montréal-Nord');
  const accueilSL = await findOrg(admin, 'Accueil aux immigrants de Saint-Léonard');
  ctx.ownOrg = {};
  ctx.otherOrg = {};
  for (const role of ROLES) {
    const mine = (clients[role]?.user?.memberships || []).map((m) => m.organization_id);
    ctx.ownOrg[role] = mine[0] || mfmn.id;
    ctx.otherOrg[role] = [accueilSL.id, mfmn.id].find((id) => !mine.includes(id));
  }
  assert.equal(ctx.ownOrg.manager, mfmn.id, 'demo manager manages MF Montréal-Nord');
  const terr = assertList(await admin.get('territories', { query: { per_page: 1 } })).items[0];
  ctx.territoryId = terr.id;
  const prog = assertList(await admin.get('programs', { query: { per_page: 1 } })).items[0];
  ctx.programId = prog.id;
  const u = assertCreated(await admin.post('users', {
    email: `${uniq('matrix')}@example.test`, name: 'Cible de la matrice', password: 'matrice-mot-de-passe',
  }));
  ctx.userId = u.id;
  const service = await admin.post('directory/services', { organization_id: mfmn.id, name_fr: uniq('Service de la matrice') });
  assert.equal(service.status, 201, service.describe());
  ctx.serviceId = service.json.id;
  // An incident of the demo manager's organization, which both admins and that manager keep.
  const incident = await clients.manager.post('privacy/incidents', {
    organization_id: mfmn.id, occurred_on: '2026-03-01', discovered_on: '2026-03-02',
    description: 'Incident de la matrice', information_concerned: 'Noms', persons_concerned: 1,
    sensitivity: 'Faible', consequences: 'Aucune', likelihood_of_misuse: 'Faible', serious_risk: false,
  });
  assert.equal(incident.status, 201, incident.describe());
  ctx.incidentId = incident.json.id;

  // Journal entries of the own organization (its practitioner's, today) and of another.
  const today = new Date().toISOString().slice(0, 10);
  const outreachBody = { entry_date: today, duration_minutes: 30, place_type: 'park', strategy: 'parks', efficacy: 3 };
  const networkingBody = { entry_date: today, partner_name: uniq('Partenaire de la matrice'), category: 'round_tables', activity: 'meeting', participants: 'both', efficacy: 3 };
  const practitionerSL = await as('practitionerSL');
  ctx.journal = { outreach: {}, networking: {} };
  for (const [kind, body] of [['outreach', outreachBody], ['networking', networkingBody]]) {
    ctx.journal[kind].own = assertCreated(await clients.practitioner.post(`journal/${kind}`, body)).id;
    ctx.journal[kind].other = assertCreated(await practitionerSL.post(`journal/${kind}`, body)).id;
  }
  // A family of Montréal-Nord (the demo manager's and practitioner's) and one of Saint-Léonard,
  // each with a consent, a contact and a check-in.
  ctx.family = {};
  for (const [side, who] of [['own', 'practitioner'], ['other', DEMO.managerSL]]) {
    const c = side === 'own' ? clients.practitioner : await as(who);
    const family = assertCreated(await c.post('families', { adults: 1, notes: 'Matrice' }));
    const entry = async (path, body) => assertCreated(await c.post(path, { family_id: family.id, ...body })).id;
    ctx.family[side] = {
      families: family.id,
      'family-consents': await entry('family-consents', { purpose: 'photos', given_on: today, given_how: 'verbal' }),
      'family-contacts': await entry('family-contacts', { contact_date: today, mode: 'home_visit', initiated_by: 'worker' }),
      'family-check-ins': await entry('family-check-ins', { check_date: today, trust_link: 2, confidence: 2, informed: 2, resource_use: 2 }),
    };
  }

  // A questionnaire of Montréal-Nord (its manager's) and a campaign answering it.
  const imported = assertCreated(await clients.manager.post('questionnaires/import',
    { organization_id: mfmn.id, file: appreciationXlsx(uniq('matrice').replace(/-/g, '_')) }));
  const detail = (await clients.manager.get(`questionnaires/${imported.id}`)).json;
  ctx.questionnaire = { id: imported.id, versionId: detail.versions[0].id };
  ctx.campaign = assertCreated(await clients.manager.post('survey-campaigns', {
    organization_id: mfmn.id, version_id: ctx.questionnaire.versionId, name: uniq('Campagne de la matrice'),
    opens_on: today, closes_on: today,
  }));
  // A referral made by Montréal-Nord (to Saint-Léonard), and one Saint-Léonard has not sent (a
  // draft, to Montréal-Nord): Montréal-Nord's practitioners and managers do not find the latter.
  const needs = (await clients.practitioner.get('directory/needs')).json;
  const needId = (needs.items ?? needs)[0].id;
  ctx.referral = {};
  ctx.referralBefore = {};
  for (const [side, c, to] of [['own', clients.practitioner, accueilSL.id], ['other', await as(DEMO.managerSL), mfmn.id]]) {
    ctx.referral[side] = assertCreated(await c.post('referrals', {
      family_id: ctx.family[side].families, to_organization_id: to, need_ids: [needId], urgency: 'routine',
    })).id;
  }
  // A service gap of Montréal-Nord and one of Saint-Léonard.
  ctx.gap = {};
  for (const [side, c] of [['own', clients.practitioner], ['other', await as(DEMO.managerSL)]]) {
    ctx.gap[side] = assertCreated(await c.post('service-gaps', {
      need_id: needId, territory_id: terr.id, reason: 'waiting_list', gap_date: today,
    })).id;
    ctx.referralBefore[`service-gaps/${ctx.gap[side]}`] = (await c.get(`service-gaps/${ctx.gap[side]}`)).json;
  }
  for (const side of ['own', 'other']) {
    ctx.referralBefore[`referrals/${ctx.referral[side]}`] = (await (side === 'own' ? clients.practitioner : await as(DEMO.managerSL))
      .get(`referrals/${ctx.referral[side]}`)).json;
  }

  // A group of Montréal-Nord planned by the coordinator, facilitated by the demo facilitator.
  const facilitatorId = clients.facilitator.user.id;
  ctx.group = {};
  ctx.group['group-programs'] = assertCreated(await clients.coordinator.post('group-programs', {
    organization_id: mfmn.id, name: uniq('Programme de la matrice'), themes: ['Accueil'], checklist: ['Tour de table'],
  })).id;
  ctx.material = assertCreated(await clients.coordinator.post(`group-programs/${ctx.group['group-programs']}/sessions/1/materials`, {
    name: 'fiche.txt', content_base64: Buffer.from('Fiche de la matrice\n').toString('base64'),
  })).id;
  ctx.group.groups = assertCreated(await clients.coordinator.post('groups', {
    organization_id: mfmn.id, program_id: ctx.group['group-programs'], name: uniq('Groupe de la matrice'),
    kind: 'workshop_series', facilitator_ids: [facilitatorId],
  })).id;
  ctx.group['group-participants'] = assertCreated(await clients.coordinator.post('group-participants', {
    group_id: ctx.group.groups, kind: 'parent', label: 'MATRICE-01', status: 'registered',
  })).id;
  ctx.group['group-sessions'] = assertCreated(await clients.coordinator.post('group-sessions', {
    group_id: ctx.group.groups, number: 1, held_on: today,
  })).id;
  ctx.group['group-compensations'] = assertCreated(await clients.coordinator.post('group-compensations', {
    group_id: ctx.group.groups, payee_organization_id: mfmn.id, kind: 'hosting', amount_cents: 5000,
  })).id;
  const groupBefore = {};
  for (const [kind, id] of Object.entries(ctx.group)) groupBefore[`${kind}/${id}`] = (await clients.coordinator.get(`${kind}/${id}`)).json;

  // Snapshots to prove nothing changed.
  ctx.before = { ...ctx.referralBefore, ...groupBefore };
  for (const p of [`territories/${terr.id}`, `organizations/${mfmn.id}`, `organizations/${accueilSL.id}`,
    `programs/${prog.id}`, `users/${u.id}`, 'reference-lists/contact_mode/entries/phone']) {
    ctx.before[p] = (await admin.get(p)).json;
  }
  for (const kind of ['outreach', 'networking']) {
    const p = `journal/${kind}/${ctx.journal[kind].own}`;
    ctx.before[p] = (await clients.manager.get(p)).json;
  }
  ctx.meBefore = {};
  for (const role of ROLES) if (role !== 'anonymous') ctx.meBefore[role] = (await clients[role].get('me')).json.user;
});

test('openapi.json is a valid OpenAPI 3 document', () => {
  assert.match(String(spec.openapi), /^3\.\d+(\.\d+)?$/, `openapi: ${spec.openapi}`);
  assert.ok(spec.info && typeof spec.info.title === 'string' && typeof spec.info.version === 'string', 'info.title and info.version');
  assert.equal(typeof spec.paths, 'object');
  assert.ok(Object.keys(spec.paths).length > 0, 'paths not empty');
  const opIds = new Set();
  const problems = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    if (!path.startsWith('/')) problems.push(`path ${path} does not start with /`);
    for (const m of Object.keys(item).filter((k) => HTTP_METHODS.includes(k))) {
      const op = item[m];
      const where = `${m.toUpperCase()} ${path}`;
      if (!op.responses || typeof op.responses !== 'object' || Object.keys(op.responses).length === 0) {
        problems.push(`${where}: no responses`);
      } else {
        for (const [code, r] of Object.entries(op.responses)) {
          if (!/^([1-5]\d\d|[1-5]XX|default)$/.test(code)) problems.push(`${where}: bad response key ${code}`);
          if (!r || (typeof r.description !== 'string' && !r.$ref)) problems.push(`${where}: response ${code} lacks description`);
        }
      }
      if (op.operationId) {
        if (opIds.has(op.operationId)) problems.push(`${where}: duplicate operationId ${op.operationId}`);
        opIds.add(op.operationId);
      }
      // Every {param} in the path is declared as a required path parameter.
      const declared = [...(item.parameters || []), ...(op.parameters || [])]
        .map((p) => (p.$ref ? resolveRef(p.$ref) : p))
        .filter((p) => p && p.in === 'path');
      for (const [, name] of path.matchAll(/\{([^}]+)\}/g)) {
        const d = declared.find((p) => p.name === name);
        if (!d) problems.push(`${where}: path parameter {${name}} not declared`);
        else if (d.required !== true) problems.push(`${where}: path parameter {${name}} must be required`);
      }
    }
  }
  // Every $ref resolves.
  const walk = (node, at) => {
    if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${at}/${i}`));
    else if (node && typeof node === 'object') {
      if (typeof node.$ref === 'string' && resolveRef(node.$ref) === undefined) problems.push(`${at}: unresolved $ref ${node.$ref}`);
      for (const [k, v] of Object.entries(node)) walk(v, `${at}/${k}`);
    }
  };
  walk(spec, '#');
  assert.deepEqual(problems, []);
});

function resolveRef(ref) {
  if (!ref.startsWith('#/')) return undefined;
  let node = spec;
  for (const part of ref.slice(2).split('/')) {
    node = node?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    if (node === undefined) return undefined;
  }
  return node;
}

test('every route in openapi.json has an access rule in this test (new routes need a rule)', () => {
  const missing = operations().filter((o) => !RULES[o.key]).map((o) => o.key);
  assert.deepEqual(missing, [], `routes without an access rule in tests/api/access_matrix.test.mjs: ${missing.join(', ')}`);
});

test('every route of the contract is documented in openapi.json', () => {
  const have = new Set(operations().map((o) => o.key));
  const undocumented = Object.keys(RULES).filter((k) => !have.has(k));
  assert.deepEqual(undocumented, [], `contract routes missing from openapi.json: ${undocumented.join(', ')}`);
});

describe('access matrix', () => {
  // Subtests are generated after openapi.json is loaded (in before()); node:test allows
  // creating subtests inside a running test, so one test per route.
  test('routes × roles', async (t) => {
    // Every documented route with a rule, plus every contract route openapi.json forgot (those
    // are reported by the test above, but their access is checked all the same).
    const ops = operations().filter((o) => RULES[o.key]);
    const seen = new Set(ops.map((o) => o.key));
    for (const key of Object.keys(RULES)) {
      if (seen.has(key)) continue;
      const [method, path] = key.split(' ');
      ops.push({ method, path, key });
    }
    assert.ok(ops.length > 0);
    for (const o of ops) {
      await t.test(o.key, async () => {
        const rule = RULES[o.key];
        const failures = [];
        for (const role of ROLES) {
          for (const scope of scopesFor(o.path)) {
            const { res, concrete } = await attempt(o.method, o.path, rule, role, scope);
            if (res.status >= 500) failures.push(`${role}${scope ? `/${scope}` : ''}: ${o.method} ${concrete} → ${res.describe()} (server error)`);
            const why = judge(rule, o.method, role, scope, res);
            if (why) failures.push(`${role}${scope ? `/${scope}` : ''}: ${o.method} ${concrete} → ${why}, got ${res.describe()}`);
          }
        }
        assert.deepEqual(failures, []);
      });
    }
  });
});

describe('denied writes with valid bodies change nothing', () => {
  test('non-admins POST valid territories/organizations/programs/users → 403 and nothing created', async () => {
    const failures = [];
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      const name = uniq(`Refusé ${role}`);
      const c = role === 'anonymous' ? new Client() : clients[role];
      const denied = role === 'anonymous' ? 401 : 403;
      const tries = [
        ['territories', { name, kind: 'neighbourhood', setting: 'urban' }],
        ['organizations', { name, sector: 'other' }],
        ['programs', { name, starts_on: '2025-09-01' }],
        ['users', { email: `${uniq('refuse')}@example.test`, name, password: 'refuse-mot-de-passe' }],
      ];
      for (const [coll, body] of tries) {
        const res = await c.post(coll, body);
        if (res.status !== denied) failures.push(`${role} POST ${coll} → ${res.describe()}`);
      }
      for (const coll of ['territories', 'organizations', 'programs', 'users']) {
        const n = assertList(await clients.admin.get(coll, { query: { q: name } })).total;
        if (n !== 0) failures.push(`${role}: ${coll} "${name}" was created`);
      }
    }
    assert.deepEqual(failures, []);
  });

  test('non-admins PATCH is_admin on themselves or others → refused', async () => {
    for (const role of ['coordinator', 'evaluator', 'manager', 'practitioner', 'facilitator']) {
      const c = clients[role];
      const r1 = await c.patch(`users/${c.user.id}`, { is_admin: true });
      assert.equal(r1.status, 403, `${role} PATCH users/self is_admin: ${r1.describe()}`);
      const r2 = await c.patch(`users/${ctx.userId}`, { active: false });
      assert.equal(r2.status, 403, `${role} PATCH users/other: ${r2.describe()}`);
      const me = (await c.get('me')).json.user;
      assert.equal(me.is_admin, false);
    }
    assert.equal((await clients.admin.get(`users/${ctx.userId}`)).json.active, true);
  });
});

test('nothing changed through the access matrix', async () => {
  const admin = clients.admin;
  for (const [p, before] of Object.entries(ctx.before)) {
    const reader = p.startsWith('journal/') ? clients.manager
      : p.startsWith('referrals/') || p.startsWith('service-gaps/') ? (before.organization_id === ctx.ownOrg.manager ? clients.manager : await as(DEMO.managerSL))
        : /^group/.test(p) ? clients.coordinator
          : admin;
    const now = (await reader.get(p)).json;
    assert.deepEqual(now, before, `${p} changed during the access matrix`);
  }
  for (const role of Object.keys(ctx.meBefore)) {
    const me = (await clients[role].get('me')).json.user;
    assert.equal(me.locale, ctx.meBefore[role].locale, `${role} locale changed`);
  }
});
