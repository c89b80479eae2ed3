// Routes. Pages load on demand; the guard asks the server who is logged in before the first page.
import { nextTick } from 'vue'
import { createRouter, createWebHistory, type RouteLocationNormalized } from 'vue-router'
import { isAdmin, loadSession, mustEnrol, session, clearSession } from './auth/session'
import { canWriteDirectory } from './directory/directory'
import { setUnauthorizedHandler } from './common/api'
import { i18n } from './common/i18n'
import HomePage from './layout/HomePage.vue'
import LoginPage from './auth/LoginPage.vue'

declare module 'vue-router' {
  interface RouteMeta {
    title?: string
    section?: string
    public?: boolean
    admin?: boolean
    /** Directory pages for admins, managers and coordinators (the server decides on each record). */
    directoryWriter?: boolean
  }
}

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/login', name: 'login', component: LoginPage, meta: { public: true, title: 'login.title' } },
    { path: '/', name: 'home', component: HomePage, meta: { title: 'home.title', section: 'home' } },
    { path: '/territories', name: 'territories', component: () => import('./core/TerritoryList.vue'), meta: { title: 'territories.title', section: 'territories' } },
    { path: '/territories/new', name: 'territory-new', component: () => import('./core/TerritoryForm.vue'), meta: { title: 'territories.new', section: 'territories', admin: true } },
    { path: '/territories/:id', name: 'territory', component: () => import('./core/TerritoryForm.vue'), props: true, meta: { title: 'territories.viewTitle', section: 'territories' } },
    { path: '/organizations', name: 'organizations', component: () => import('./core/OrganizationList.vue'), meta: { title: 'organizations.title', section: 'organizations' } },
    { path: '/organizations/new', name: 'organization-new', component: () => import('./core/OrganizationForm.vue'), meta: { title: 'organizations.new', section: 'organizations', admin: true } },
    { path: '/organizations/:id', name: 'organization', component: () => import('./core/OrganizationForm.vue'), props: true, meta: { title: 'organizations.viewTitle', section: 'organizations' } },
    { path: '/programs', name: 'programs', component: () => import('./core/ProgramList.vue'), meta: { title: 'programs.title', section: 'programs' } },
    { path: '/programs/new', name: 'program-new', component: () => import('./core/ProgramForm.vue'), meta: { title: 'programs.new', section: 'programs', admin: true } },
    { path: '/programs/:id', name: 'program', component: () => import('./core/ProgramForm.vue'), props: true, meta: { title: 'programs.viewTitle', section: 'programs' } },
    { path: '/ressources', name: 'directory', component: () => import('./directory/ServiceSearch.vue'), meta: { title: 'directory.title', section: 'directory' } },
    { path: '/ressources/nouveau', name: 'service-new', component: () => import('./directory/ServiceForm.vue'), meta: { title: 'directory.new', section: 'directory', directoryWriter: true } },
    { path: '/ressources/a-verifier', name: 'services-stale', component: () => import('./directory/StaleServices.vue'), meta: { title: 'directory.stale.title', section: 'directory', directoryWriter: true } },
    { path: '/ressources/:id', name: 'service', component: () => import('./directory/ServiceDetails.vue'), props: true, meta: { title: 'directory.serviceTitle', section: 'directory' } },
    { path: '/ressources/:id/modifier', name: 'service-edit', component: () => import('./directory/ServiceForm.vue'), props: true, meta: { title: 'directory.editTitle', section: 'directory' } },
    { path: '/p/ressources/:id', name: 'public-service', component: () => import('./directory/PublicServicePage.vue'), props: true, meta: { public: true, title: 'directory.public.pageTitle' } },
    { path: '/admin/hsds', name: 'hsds', component: () => import('./directory/HsdsImportExport.vue'), meta: { title: 'directory.hsds.title', section: 'hsds', admin: true } },
    { path: '/users', name: 'users', component: () => import('./core/UserList.vue'), meta: { title: 'users.title', section: 'users', admin: true } },
    { path: '/users/new', name: 'user-new', component: () => import('./core/UserForm.vue'), meta: { title: 'users.new', section: 'users', admin: true } },
    { path: '/users/:id', name: 'user', component: () => import('./core/UserForm.vue'), props: true, meta: { title: 'users.editTitle', section: 'users', admin: true } },
    { path: '/audit', name: 'audit', component: () => import('./audit/AuditLog.vue'), meta: { title: 'audit.title', section: 'audit', admin: true } },
    { path: '/compte/securite', name: 'security', component: () => import('./auth/AccountSecurity.vue'), meta: { title: 'security.title', section: 'security' } },
    { path: '/forbidden', name: 'forbidden', component: () => import('./layout/MessagePage.vue'), props: { kind: 'forbidden' }, meta: { title: 'errors.forbidden' } },
    { path: '/:rest(.*)*', name: 'not-found', component: () => import('./layout/MessagePage.vue'), props: { kind: 'notFound' }, meta: { title: 'errors.notFound', public: true } },
  ],
  scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
})

router.beforeEach(async (to) => {
  await loadSession()
  if (to.name === 'login' && session.user) return { path: '/' }
  if (to.meta.public) return true
  if (!session.user) return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } }
  // Two-step sign-in required and not on yet: the server answers nothing else.
  if (mustEnrol.value && to.name !== 'security') return { name: 'security' }
  if (to.meta.admin && !isAdmin.value) return { name: 'forbidden' }
  if (to.meta.directoryWriter && !canWriteDirectory.value) return { name: 'forbidden' }
  return true
})

export function pageTitle(to: RouteLocationNormalized): string {
  const key = to.meta.title
  const name = i18n.global.t('app.name')
  return key ? `${i18n.global.t(key)} – ${name}` : name
}

let firstNavigation = true
router.afterEach((to, from) => {
  document.title = pageTitle(to)
  if (firstNavigation) {
    firstNavigation = false
    return
  }
  if (to.path === from.path) return
  // Tell screen-reader and keyboard users that the page changed: focus its heading.
  void nextTick(() => {
    setTimeout(() => {
      const h1 = document.querySelector('main h1') as HTMLElement | null
      const el = h1 ?? document.getElementById('main')
      if (el && !el.contains(document.activeElement)) el.focus({ preventScroll: true })
    }, 0)
  })
})

// A page's code could not be loaded (new version deployed, connection lost): load the
// address in full instead of leaving the person on the old page.
// Once only: if the server still sends a stale page, reloading again would loop forever.
router.onError((err, to) => {
  if (/dynamically imported module|Importing a module script failed|Failed to fetch/i.test(String(err?.message))) {
    const key = 'filet.reloadedFor'
    let last = ''
    try {
      last = sessionStorage.getItem(key) ?? ''
      sessionStorage.setItem(key, `${Date.now()} ${to.fullPath}`)
    } catch {
      /* no storage: reload anyway */
    }
    const [at, path] = [Number(last.split(' ')[0]), last.slice(last.indexOf(' ') + 1)]
    if (path === to.fullPath && Date.now() - at < 30_000) {
      console.error('page code could not be loaded after a reload', err)
      return
    }
    window.location.assign(to.fullPath)
  }
})

// Any 401 (expired session, server restarted): back to the login page.
setUnauthorizedHandler(() => {
  const wasLoggedIn = !!session.user
  clearSession()
  const current = router.currentRoute.value
  if (current.name === 'login') return
  void router.push({ name: 'login', query: { redirect: current.fullPath, ...(wasLoggedIn ? { expired: '1' } : {}) } })
})
