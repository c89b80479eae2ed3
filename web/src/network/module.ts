// The map of the partnership network (issue 12, item 5): organizations of a territory or a
// program linked by referrals and networking contacts, the network's figures, and the same data
// as tables for screen readers.
import type { Viewer, WebModule } from '../app/kit'
import en from './locales/en.json'
import fr from './locales/fr.json'

// The server's read_journal: practitioners and managers, coordinators and evaluators.
const readers = (who: Viewer) =>
  who.roles.has('practitioner') || who.roles.has('manager') || who.roles.has('coordinator') || who.roles.has('evaluator')

export const networkModule: WebModule = {
  name: 'network',
  routes: [
    { path: '/carte-du-reseau', name: 'network-map', component: () => import('./NetworkMap.vue'), meta: { title: 'network.title', section: 'network-map', allow: readers } },
  ],
  navigation: [
    { route: 'network-map', label: 'nav.networkMap', hint: 'home.networkMapHint', audience: readers, order: 46, homeOrder: 17, places: ['home'] },
  ],
  messages: { fr, en },
}
