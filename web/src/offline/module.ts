// Offline on a phone (issue 9, item 8): the page of entries waiting to be sent, and the texts of
// the header's "n waiting" link (OutboxStatus.vue). The outbox itself is outbox.ts + sync.ts.
import type { Viewer, WebModule } from '../app/kit'
import en from './locales/en.json'
import fr from './locales/fr.json'

// Those who record (practitioners and managers) and the groups' facilitators (attendance and
// logbooks): only they have an outbox.
const recorders = (who: Viewer) => who.roles.has('practitioner') || who.roles.has('manager') || who.roles.has('facilitator')

export const offlineModule: WebModule = {
  name: 'offline',
  routes: [
    { path: '/envois-en-attente', name: 'outbox', component: () => import('./OutboxPage.vue'), meta: { title: 'outbox.title', section: 'outbox', allow: recorders } },
  ],
  navigation: [],
  messages: { fr, en },
}
