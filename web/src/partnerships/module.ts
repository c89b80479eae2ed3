// Partnerships (issue 12, item 4): « Partenaires clés », each worker's and manager's choice of up
// to three key partners for a period, their summary for coordinators and evaluators, and the
// referral agreements between organizations (« Ententes de référencement »).
import type { Viewer, WebModule } from '../app/kit'
import en from './locales/en.json'
import fr from './locales/fr.json'

// Practitioners and managers choose their own key partners (the server's policy).
const choosers = (who: Viewer) => who.roles.has('practitioner') || who.roles.has('manager')
// The summary and the agreements: whoever reads the journal (coordinators and evaluators as aggregates).
// Referral agreements are recorded by managers (of either side).
const managers = (who: Viewer) => who.roles.has('manager')
const readers = (who: Viewer) => choosers(who) || who.roles.has('coordinator') || who.roles.has('evaluator')

export const partnershipsModule: WebModule = {
  name: 'partnerships',
  routes: [
    { path: '/partenaires-cles', name: 'key-partners', component: () => import('./KeyPartnerList.vue'), meta: { title: 'partnerships.title', section: 'key-partners', allow: choosers } },
    { path: '/partenaires-cles/nouveau', name: 'key-partner-new', component: () => import('./KeyPartnerForm.vue'), meta: { title: 'partnerships.choose', section: 'key-partners', allow: choosers } },
    { path: '/partenaires-cles/:id', name: 'key-partner', component: () => import('./KeyPartnerForm.vue'), props: true, meta: { title: 'partnerships.edit', section: 'key-partners', allow: choosers } },
    { path: '/ententes-de-reference', name: 'agreements', component: () => import('./AgreementList.vue'), meta: { title: 'agreements.title', section: 'agreements', allow: readers } },
    { path: '/ententes-de-reference/nouvelle', name: 'agreement-new', component: () => import('./AgreementForm.vue'), meta: { title: 'agreements.record', section: 'agreements', allow: managers } },
    { path: '/ententes-de-reference/:id', name: 'agreement', component: () => import('./AgreementForm.vue'), props: true, meta: { title: 'agreements.title', section: 'agreements', allow: readers } },
    { path: '/bilan-des-partenaires-cles', name: 'key-partner-summary', component: () => import('./KeyPartnerSummary.vue'), meta: { title: 'partnerships.summary', section: 'key-partner-summary', allow: readers } },
  ],
  navigation: [
    { route: 'key-partners', label: 'nav.keyPartners', hint: 'home.keyPartnersHint', audience: choosers, order: 45, homeOrder: 17, places: ['header', 'home'] },
    { route: 'agreements', label: 'nav.agreements', hint: 'home.agreementsHint', audience: readers, order: 47, homeOrder: 19, places: ['header', 'home'] },
    { route: 'key-partner-summary', label: 'nav.keyPartnerSummary', hint: 'home.keyPartnerSummaryHint', audience: readers, order: 46, homeOrder: 18, places: ['header', 'home'] },
  ],
  messages: { fr, en },
}
