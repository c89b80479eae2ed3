// Territories, organizations, programs and accounts: a list, and a form that is also the record's page.
import type { RouteRecordRaw } from 'vue-router'
import type { Audience, WebModule } from '../app/kit'
import en from './locales/en.json'
import fr from './locales/fr.json'

type Page = () => Promise<unknown>

/** The three pages of a kind of record: list, new, and the record (edited or read). */
function recordPages(o: { path: string; list: string; one: string; listPage: Page; formPage: Page; listAllow?: Audience; formAllow?: Audience; editTitle?: string }): RouteRecordRaw[] {
  const section = o.list
  return [
    { path: o.path, name: o.list, component: o.listPage, meta: { title: `${o.list}.title`, section, allow: o.listAllow } },
    { path: `${o.path}/nouveau`, name: `${o.one}-new`, component: o.formPage, meta: { title: `${o.list}.new`, section, allow: 'admin' } },
    { path: `${o.path}/:id`, name: o.one, component: o.formPage, props: true, meta: { title: o.editTitle ?? `${o.list}.viewTitle`, section, allow: o.formAllow } },
  ]
}

export const coreModule: WebModule = {
  name: 'core',
  routes: [
    ...recordPages({ path: '/territoires', list: 'territories', one: 'territory', listPage: () => import('./TerritoryList.vue'), formPage: () => import('./TerritoryForm.vue') }),
    ...recordPages({ path: '/organisations', list: 'organizations', one: 'organization', listPage: () => import('./OrganizationList.vue'), formPage: () => import('./OrganizationForm.vue') }),
    ...recordPages({ path: '/programmes', list: 'programs', one: 'program', listPage: () => import('./ProgramList.vue'), formPage: () => import('./ProgramForm.vue') }),
    ...recordPages({ path: '/comptes', list: 'users', one: 'user', listPage: () => import('./UserList.vue'), formPage: () => import('./UserForm.vue'), listAllow: 'admin', formAllow: 'admin', editTitle: 'users.editTitle' }),
  ],
  navigation: [
    // On the home page, after organizations and programs (what people look for more often).
    { route: 'territories', label: 'nav.territories', hint: 'home.territoriesHint', audience: 'everyone', order: 20, homeOrder: 45, places: ['header', 'home'] },
    { route: 'organizations', label: 'nav.organizations', hint: 'home.organizationsHint', audience: 'everyone', order: 30, places: ['header', 'home'] },
    { route: 'programs', label: 'nav.programs', hint: 'home.programsHint', audience: 'everyone', order: 40, places: ['header', 'home'] },
    { route: 'users', label: 'nav.users', hint: 'home.usersHint', audience: 'admin', order: 50, places: ['header', 'home'] },
  ],
  messages: { fr, en },
  // The English addresses of the first versions.
  moved: {
    '/territories': 'territories',
    '/territories/new': 'territory-new',
    '/territories/:id': 'territory',
    '/organizations': 'organizations',
    '/organizations/new': 'organization-new',
    '/organizations/:id': 'organization',
    '/programs': 'programs',
    '/programs/new': 'program-new',
    '/programs/:id': 'program',
    '/users': 'users',
    '/users/new': 'user-new',
    '/users/:id': 'user',
  },
}
