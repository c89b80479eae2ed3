// Law 25: the register of confidentiality incidents, kept by managers (their organizations') and
// admins (every organization's): the list with its filters, and the form to record, change and close one.
import type { Viewer, WebModule } from '../app/kit'
import en from './locales/en.json'
import fr from './locales/fr.json'

// Admins keep every register, unlike the role pages that are not theirs (the server's keep_incident_register).
const keepers = (who: Viewer) => who.admin || who.roles.has('manager')

export const privacyModule: WebModule = {
  name: 'privacy',
  routes: [
    { path: '/incidents-confidentialite', name: 'incidents', component: () => import('./IncidentList.vue'), meta: { title: 'incidents.title', section: 'incidents', allow: keepers } },
    { path: '/incidents-confidentialite/nouveau', name: 'incident-new', component: () => import('./IncidentForm.vue'), meta: { title: 'incidents.new', section: 'incidents', allow: keepers } },
    { path: '/incidents-confidentialite/:id', name: 'incident', component: () => import('./IncidentForm.vue'), props: true, meta: { title: 'incidents.editTitle', section: 'incidents', allow: keepers } },
  ],
  navigation: [
    { route: 'incidents', label: 'nav.incidents', hint: 'home.incidentsHint', audience: keepers, order: 55, places: ['header', 'home'] },
  ],
  messages: { fr, en },
}
