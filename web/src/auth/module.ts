// Signing in (with its code step) and the account security page.
import type { WebModule } from '../app/kit'
import en from './locales/en.json'
import fr from './locales/fr.json'

export const authModule: WebModule = {
  name: 'auth',
  routes: [
    { path: '/connexion', name: 'login', component: () => import('./LoginPage.vue'), meta: { public: true, title: 'login.title' } },
    { path: '/compte/securite', name: 'security', component: () => import('./AccountSecurity.vue'), meta: { title: 'security.title', section: 'security' } },
  ],
  navigation: [],
  messages: { fr, en },
  moved: { '/login': 'login' },
}
