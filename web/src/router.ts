// The router, built from the modules' pages (app/modules.ts). Pages load on demand; the guard asks the server who is logged in before the first page.
import { nextTick } from 'vue'
import { createRouter, createWebHistory, type RouteLocationNormalized } from 'vue-router'
import { loadSession, mustEnrol, session, clearSession } from './auth/session'
import { modules } from './app/modules'
import { allows } from './app/navigation'
import { assembleRoutes } from './app/routes'
import { viewer } from './app/viewer'
import { setUnauthorizedHandler } from './common/api'
import { i18n } from './common/i18n'

export const router = createRouter({
  history: createWebHistory(),
  routes: assembleRoutes(modules, {
    path: '/:rest(.*)*',
    name: 'not-found',
    component: () => import('./layout/MessagePage.vue'),
    props: { kind: 'notFound' },
    meta: { title: 'errors.notFound', public: true },
  }),
  scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
})

router.beforeEach(async (to) => {
  await loadSession()
  if (to.name === 'login' && session.user) return { name: 'home' }
  if (to.meta.public) return true
  if (!session.user) return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } }
  // Two-step sign-in required and not on yet: the server answers nothing else.
  if (mustEnrol.value && to.name !== 'security') return { name: 'security' }
  if (!allows(to.meta.allow, viewer.value)) return { name: 'forbidden' }
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
