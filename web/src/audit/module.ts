// The audit log (admins).
import type { WebModule } from '../app/kit'
import en from './locales/en.json'
import fr from './locales/fr.json'

export const auditModule: WebModule = {
  name: 'audit',
  routes: [{ path: '/journal', name: 'audit', component: () => import('./AuditLog.vue'), meta: { title: 'audit.title', section: 'audit', allow: 'admin' } }],
  navigation: [{ route: 'audit', label: 'nav.audit', hint: 'home.auditHint', audience: 'admin', order: 60, places: ['header', 'home'] }],
  messages: { fr, en },
  moved: { '/audit': 'audit' },
}
