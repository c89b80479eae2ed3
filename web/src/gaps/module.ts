// Service gaps (issue 12, item 3): record a gap (from the menu, or pre-filled from a declined
// referral or one closed without service), the organization's list, and the register of gaps.
import type { Viewer, WebModule } from '../app/kit'
import en from './locales/en.json'
import fr from './locales/fr.json'

// The organization's practitioners and managers record its gaps (the server's policy).
const workers = (who: Viewer) => who.roles.has('practitioner') || who.roles.has('manager')
// The register: whoever reads families (coordinators and evaluators as aggregates).
const readers = (who: Viewer) => workers(who) || who.roles.has('coordinator') || who.roles.has('evaluator')

export const gapsModule: WebModule = {
  name: 'gaps',
  routes: [
    { path: '/trous-de-services', name: 'gaps', component: () => import('./GapList.vue'), meta: { title: 'gaps.title', section: 'gaps', allow: workers } },
    { path: '/trous-de-services/nouveau', name: 'gap-new', component: () => import('./GapForm.vue'), meta: { title: 'gaps.record', section: 'gaps', allow: workers } },
    { path: '/trous-de-services/:id', name: 'gap', component: () => import('./GapForm.vue'), props: true, meta: { title: 'gaps.edit', section: 'gaps', allow: workers } },
    { path: '/registre-des-trous-de-services', name: 'gap-register', component: () => import('./GapRegister.vue'), meta: { title: 'gaps.register', section: 'gap-register', allow: readers } },
  ],
  // In the header after the reference pages, which keep their places; on the home page beside the referrals.
  navigation: [
    { route: 'gaps', label: 'nav.gaps', hint: 'home.gapsHint', audience: workers, order: 42, homeOrder: 15, places: ['header', 'home'] },
    { route: 'gap-register', label: 'nav.gapRegister', hint: 'home.gapRegisterHint', audience: readers, order: 44, homeOrder: 16, places: ['header', 'home'] },
  ],
  messages: { fr, en },
}
