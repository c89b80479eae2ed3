// Reference lists (admins): the bilingual lists of choices other modules store codes of.
import type { WebModule } from '../app/kit'
import en from './locales/en.json'
import fr from './locales/fr.json'

export const referenceModule: WebModule = {
  name: 'reference',
  routes: [
    { path: '/listes-de-reference', name: 'reference-lists', component: () => import('./ReferenceListsPage.vue'), meta: { title: 'referenceLists.title', section: 'reference-lists', allow: 'admin' } },
  ],
  navigation: [{ route: 'reference-lists', label: 'nav.referenceLists', hint: 'home.referenceListsHint', audience: 'admin', order: 65, places: ['header', 'home'] }],
  messages: { fr, en },
}
