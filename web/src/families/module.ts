// Families accompanied (issue 9): the list with its filters and searches, a family's page with
// its timeline and the forms to record a family, its identity, consents, contacts and check-ins.
// FamiliesWithoutContact.vue is a component of the journal's "My day" page (MyDay.vue places it).
import type { Viewer, WebModule } from '../app/kit'
import en from './locales/en.json'
import fr from './locales/fr.json'

// Family data is the accompanying organization's (and, de-identified, its programs'): admins see
// none, so these pages are not theirs, unlike role-restricted pages elsewhere.
const readers = (who: Viewer) => (['practitioner', 'manager', 'coordinator', 'evaluator'] as const).some((r) => who.roles.has(r))
const workers = (who: Viewer) => who.roles.has('practitioner') || who.roles.has('manager')

export const familiesModule: WebModule = {
  name: 'families',
  routes: [
    { path: '/familles', name: 'families', component: () => import('./FamilyList.vue'), meta: { title: 'families.title', section: 'families', allow: readers } },
    { path: '/familles/nouvelle', name: 'family-new', component: () => import('./FamilyForm.vue'), meta: { title: 'families.new', section: 'families', allow: workers } },
    { path: '/familles/:id', name: 'family', component: () => import('./FamilyPage.vue'), props: true, meta: { title: 'families.pageTitle', section: 'families', allow: workers } },
    { path: '/familles/:id/modifier', name: 'family-edit', component: () => import('./FamilyForm.vue'), props: true, meta: { title: 'families.editTitle', section: 'families', allow: workers } },
  ],
  navigation: [
    { route: 'families', label: 'nav.families', hint: 'home.familiesHint', audience: readers, order: 12, places: ['header', 'home'] },
  ],
  messages: { fr, en },
}
