// The app's frame: the home page, the "reserved" page and the texts every page shares.
import type { WebModule } from '../app/kit'
import en from './locales/en.json'
import fr from './locales/fr.json'

export const layoutModule: WebModule = {
  name: 'layout',
  routes: [
    { path: '/', name: 'home', component: () => import('./HomePage.vue'), meta: { title: 'home.title', section: 'home' } },
    { path: '/acces-refuse', name: 'forbidden', component: () => import('./MessagePage.vue'), props: { kind: 'forbidden' }, meta: { title: 'errors.forbidden' } },
  ],
  navigation: [{ route: 'home', label: 'nav.home', audience: 'everyone', order: 0, places: ['header'] }],
  messages: { fr, en },
  moved: { '/forbidden': 'forbidden' },
}
