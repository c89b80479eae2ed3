// The resource directory: search, service pages, service form, services to verify, HSDS import/export.
import type { WebModule } from '../app/kit'
import en from './locales/en.json'
import fr from './locales/fr.json'

export const directoryModule: WebModule = {
  name: 'directory',
  routes: [
    { path: '/ressources', name: 'directory', component: () => import('./ServiceSearch.vue'), meta: { title: 'directory.title', section: 'directory' } },
    { path: '/ressources/nouveau', name: 'service-new', component: () => import('./ServiceForm.vue'), meta: { title: 'directory.new', section: 'directory', allow: 'directoryWriter' } },
    { path: '/ressources/a-verifier', name: 'services-stale', component: () => import('./StaleServices.vue'), meta: { title: 'directory.stale.title', section: 'directory', allow: 'directoryWriter' } },
    { path: '/ressources/:id', name: 'service', component: () => import('./ServiceDetails.vue'), props: true, meta: { title: 'directory.serviceTitle', section: 'directory' } },
    { path: '/ressources/:id/modifier', name: 'service-edit', component: () => import('./ServiceForm.vue'), props: true, meta: { title: 'directory.editTitle', section: 'directory' } },
    { path: '/p/ressources/:id', name: 'public-service', component: () => import('./PublicServicePage.vue'), props: true, meta: { public: true, title: 'directory.public.pageTitle' } },
    { path: '/admin/hsds', name: 'hsds', component: () => import('./HsdsImportExport.vue'), meta: { title: 'directory.hsds.title', section: 'hsds', allow: 'admin' } },
  ],
  navigation: [
    { route: 'directory', label: 'nav.directory', hint: 'home.directoryHint', audience: 'everyone', order: 10, places: ['header', 'home'] },
    { route: 'hsds', label: 'nav.hsds', hint: 'home.hsdsHint', audience: 'admin', order: 70, places: ['header', 'home'] },
  ],
  messages: { fr, en },
}
