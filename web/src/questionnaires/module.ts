// Questionnaires (issue 10): builders (managers, coordinators, evaluators) import XLSForm files,
// open anonymous campaigns and read results; anyone with a campaign's link answers on the public
// respondent page, without an account.
import type { Viewer, WebModule } from '../app/kit'
import en from './locales/en.json'
import fr from './locales/fr.json'

// The server's build_questionnaires: not admins as such (src/auth/policy.cpp).
const builders = (who: Viewer) => who.roles.has('manager') || who.roles.has('coordinator') || who.roles.has('evaluator')

export const questionnairesModule: WebModule = {
  name: 'questionnaires',
  routes: [
    { path: '/questionnaires', name: 'questionnaires', component: () => import('./QuestionnaireList.vue'), meta: { title: 'questionnaires.title', section: 'questionnaires', allow: builders } },
    { path: '/questionnaires/:id', name: 'questionnaire', component: () => import('./QuestionnairePage.vue'), props: true, meta: { title: 'questionnaires.title', section: 'questionnaires', allow: builders } },
    { path: '/q/:token', name: 'survey', component: () => import('./RespondentPage.vue'), props: true, meta: { public: true, title: 'survey.pageTitle' } },
  ],
  navigation: [
    { route: 'questionnaires', label: 'nav.questionnaires', hint: 'home.questionnairesHint', audience: builders, order: 52, places: ['header', 'home'] },
  ],
  messages: { fr, en },
}
