// The outreach and networking journal: "My day" for the people who record (quick add, today's and
// this week's entries), the two lists with filters (and exports for managers), an entry's page,
// and the summary (« Bilan »: the journal's aggregates, small counts hidden outside the organization).
import type { WebModule } from '../app/kit'
import en from './locales/en.json'
import fr from './locales/fr.json'

const readers = ['practitioner', 'manager', 'coordinator', 'evaluator'] as const
const recorders = ['practitioner', 'manager'] as const

export const journalModule: WebModule = {
  name: 'journal',
  routes: [
    { path: '/ma-journee', name: 'my-day', component: () => import('./MyDay.vue'), meta: { title: 'myDay.title', section: 'my-day', allow: [...recorders] } },
    { path: '/demarchage', name: 'outreach-entries', component: () => import('./JournalList.vue'), props: { kind: 'outreach' }, meta: { title: 'outreach.title', section: 'outreach', allow: [...readers] } },
    { path: '/demarchage/:id', name: 'outreach-entry', component: () => import('./EntryPage.vue'), props: (r) => ({ kind: 'outreach', id: r.params.id }), meta: { title: 'outreach.entryTitle', section: 'outreach', allow: [...readers] } },
    { path: '/reseautage', name: 'networking-entries', component: () => import('./JournalList.vue'), props: { kind: 'networking' }, meta: { title: 'networking.title', section: 'networking', allow: [...readers] } },
    { path: '/bilan', name: 'journal-summary', component: () => import('./JournalSummary.vue'), meta: { title: 'summary.title', section: 'journal-summary', allow: [...readers] } },
    { path: '/reseautage/:id', name: 'networking-entry', component: () => import('./EntryPage.vue'), props: (r) => ({ kind: 'networking', id: r.params.id }), meta: { title: 'networking.entryTitle', section: 'networking', allow: [...readers] } },
  ],
  navigation: [
    { route: 'my-day', label: 'nav.myDay', hint: 'home.myDayHint', audience: [...recorders], order: 5, places: ['header', 'home'] },
    { route: 'outreach-entries', label: 'nav.outreach', hint: 'home.outreachHint', audience: [...readers], order: 6, places: ['header', 'home'] },
    { route: 'networking-entries', label: 'nav.networking', hint: 'home.networkingHint', audience: [...readers], order: 7, places: ['header', 'home'] },
    { route: 'journal-summary', label: 'nav.summary', hint: 'home.summaryHint', audience: [...readers], order: 8, places: ['header', 'home'] },
  ],
  messages: { fr, en },
}
