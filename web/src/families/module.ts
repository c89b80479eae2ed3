// Families accompanied (issue 9): the list with its filters and searches, a family's page with
// its timeline and the forms to record a family, its identity, consents, contacts and check-ins.
// FamiliesWithoutContact.vue is a component for the "My day" page (placed there by the journal).
import type { WebModule } from '../app/kit'
import en from './locales/en.json'
import fr from './locales/fr.json'

export const familiesModule: WebModule = {
  name: 'families',
  routes: [
    { path: '/familles', name: 'families', component: () => import('./FamilyList.vue'), meta: { title: 'families.title', section: 'families', allow: ['practitioner', 'manager', 'coordinator', 'evaluator'] } },
    { path: '/familles/nouvelle', name: 'family-new', component: () => import('./FamilyForm.vue'), meta: { title: 'families.new', section: 'families', allow: ['practitioner', 'manager'] } },
    { path: '/familles/:id', name: 'family', component: () => import('./FamilyPage.vue'), props: true, meta: { title: 'families.pageTitle', section: 'families', allow: ['practitioner', 'manager'] } },
    { path: '/familles/:id/modifier', name: 'family-edit', component: () => import('./FamilyForm.vue'), props: true, meta: { title: 'families.editTitle', section: 'families', allow: ['practitioner', 'manager'] } },
  ],
  navigation: [
    { route: 'families', label: 'nav.families', hint: 'home.familiesHint', audience: ['practitioner', 'manager', 'coordinator', 'evaluator'], order: 12, places: ['header', 'home'] },
  ],
  messages: { fr, en },
}
