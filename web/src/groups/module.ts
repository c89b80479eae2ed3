// Groups (issue 11): the groups a person plans, evaluates or facilitates; a group's page
// (sessions, participants, retention and fidelity) and its printable participant notebook; a
// program's page (its sessions in detail and their materials); a session's page where a
// facilitator takes attendance on a phone and fills the fidelity checklist and the logbook.
import type { Viewer, WebModule } from '../app/kit'
import en from './locales/en.json'
import fr from './locales/fr.json'

// The server's work_groups: coordinators, managers, evaluators and facilitators.
const workers = (who: Viewer) =>
  who.roles.has('coordinator') || who.roles.has('manager') || who.roles.has('evaluator') || who.roles.has('facilitator')

// Who reads the reports: coordinators, managers and evaluators (facilitators work their groups).
const planners = (who: Viewer) => who.roles.has('coordinator') || who.roles.has('manager') || who.roles.has('evaluator')

export const groupsModule: WebModule = {
  name: 'groups',
  routes: [
    { path: '/groupes', name: 'groups', component: () => import('./GroupList.vue'), meta: { title: 'groups.title', section: 'groups', allow: workers } },
    { path: '/groupes/bilan', name: 'group-reports', component: () => import('./GroupReports.vue'), meta: { title: 'groups.reportsTitle', section: 'groups', allow: planners } },
    { path: '/groupes/:id', name: 'group', component: () => import('./GroupPage.vue'), props: true, meta: { title: 'groups.pageTitle', section: 'groups', allow: workers } },
    { path: '/groupes/:id/cahier', name: 'group-notebook', component: () => import('./GroupNotebook.vue'), props: true, meta: { title: 'groups.notebook', section: 'groups', allow: workers } },
    { path: '/programmes-de-groupes/:id', name: 'group-program', component: () => import('./ProgramPage.vue'), props: true, meta: { title: 'groups.programTitle', section: 'groups', allow: workers } },
    { path: '/rencontres/:id', name: 'group-session', component: () => import('./SessionPage.vue'), props: true, meta: { title: 'groups.sessionTitle', section: 'groups', allow: workers } },
  ],
  navigation: [
    { route: 'groups', label: 'nav.groups', hint: 'home.groupsHint', audience: workers, order: 15, places: ['header', 'home'] },
    { route: 'group-reports', label: 'nav.groupReports', hint: 'home.groupReportsHint', audience: planners, order: 16, places: ['home'] },
  ],
  messages: { fr, en },
}
