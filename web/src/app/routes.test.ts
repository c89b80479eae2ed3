import { describe, expect, it } from 'vitest'
import type { RouteRecordRaw } from 'vue-router'
import type { WebModule } from './kit'
import { assembleRoutes, deadEntries, mergeMessages } from './routes'

const page = () => Promise.resolve({})
const notFound: RouteRecordRaw = { path: '/:rest(.*)*', name: 'not-found', component: page }
const mod = (name: string, routes: RouteRecordRaw[], extra: Partial<WebModule> = {}): WebModule => ({
  name,
  routes,
  navigation: [],
  messages: { fr: {}, en: {} },
  ...extra,
})

describe('assembleRoutes', () => {
  const core = mod('core', [
    { path: '/organisations', name: 'organizations', component: page },
    { path: '/organisations/:id', name: 'organization', component: page, props: true },
  ], { moved: { '/organizations/:id': 'organization', '/organizations': 'organizations' } })
  const audit = mod('audit', [{ path: '/journal', name: 'audit', component: page }])

  it('keeps every module’s pages, then the moved addresses, then not-found last', () => {
    const routes = assembleRoutes([core, audit], notFound)
    expect(routes.map((r) => r.path)).toEqual(['/organisations', '/organisations/:id', '/journal', '/organizations/:id', '/organizations', '/:rest(.*)*'])
    expect(routes[3].redirect).toEqual({ name: 'organization' })
  })
  it('refuses two pages with one name or one address', () => {
    expect(() => assembleRoutes([core, mod('x', [{ path: '/x', name: 'organization', component: page }])], notFound)).toThrow(/two routes named organization/)
    expect(() => assembleRoutes([core, mod('x', [{ path: '/journal', name: 'x', component: page }]), audit], notFound)).toThrow(/two routes at \/journal/)
  })
  it('refuses a moved address that leads nowhere', () => {
    expect(() => assembleRoutes([mod('x', [], { moved: { '/old': 'gone' } })], notFound)).toThrow(/unknown route gone/)
  })
})

describe('deadEntries', () => {
  it('finds a navigation entry naming no route', () => {
    const m = mod('audit', [{ path: '/journal', name: 'audit', component: page }], {
      navigation: [
        { route: 'audit', label: 'nav.audit', audience: 'admin', order: 1, places: ['header'] },
        { route: 'audits', label: 'nav.audit', audience: 'admin', order: 2, places: ['home'] },
      ],
    })
    expect(deadEntries([m]).map((e) => e.route)).toEqual(['audits'])
  })
})

describe('mergeMessages', () => {
  it('merges the fragments of each module, nested keys included', () => {
    expect(mergeMessages([{ nav: { home: 'Accueil' }, app: { name: 'Filet' } }, { nav: { audit: 'Journal' } }])).toEqual({
      nav: { home: 'Accueil', audit: 'Journal' },
      app: { name: 'Filet' },
    })
  })
  it('refuses a key given by two modules', () => {
    expect(() => mergeMessages([{ nav: { home: 'Accueil' } }, { nav: { home: 'Maison' } }])).toThrow(/nav.home given twice/)
    expect(() => mergeMessages([{ nav: { home: 'Accueil' } }, { nav: 'x' }])).toThrow(/nav given twice/)
  })
})
