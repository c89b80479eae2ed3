// The router's table, put together from the modules: their pages, then redirects from addresses
// that moved (bookmarks keep working), then the catch-all not-found page last.
import type { RouteRecordRaw } from 'vue-router'
import type { LocaleTree, NavEntry, WebModule } from './kit'

export function assembleRoutes(modules: WebModule[], notFound: RouteRecordRaw): RouteRecordRaw[] {
  const routes = modules.flatMap((m) => m.routes)
  const names = new Set<string>()
  const paths = new Set<string>()
  for (const r of routes) {
    if (r.name && names.has(String(r.name))) throw new Error(`two routes named ${String(r.name)}`)
    if (paths.has(r.path)) throw new Error(`two routes at ${r.path}`)
    if (r.name) names.add(String(r.name))
    paths.add(r.path)
  }
  const redirects: RouteRecordRaw[] = []
  for (const m of modules) {
    for (const [path, name] of Object.entries(m.moved ?? {})) {
      if (!names.has(name)) throw new Error(`${path} moved to an unknown route ${name}`)
      if (paths.has(path)) throw new Error(`${path} is both a page and a moved address`)
      // A named target keeps the old address's params (":id"), query and hash.
      redirects.push({ path, redirect: { name } })
    }
  }
  return [...routes, ...redirects, notFound]
}

/** Navigation entries that open no route of the modules (a typo would show a dead link). */
export function deadEntries(modules: WebModule[]): NavEntry[] {
  const names = new Set(modules.flatMap((m) => m.routes.map((r) => String(r.name ?? ''))))
  return modules.flatMap((m) => m.navigation).filter((e) => !names.has(e.route))
}

/** One locale tree from the modules' fragments; a key given by two modules is a mistake. */
export function mergeMessages(fragments: LocaleTree[]): LocaleTree {
  const out: LocaleTree = {}
  const merge = (into: LocaleTree, from: LocaleTree, path: string): void => {
    for (const [k, v] of Object.entries(from)) {
      const here = into[k]
      const p = path ? `${path}.${k}` : k
      if (typeof v === 'object' && (here === undefined || typeof here === 'object')) {
        into[k] = here ?? {}
        merge(into[k] as LocaleTree, v, p)
      } else if (here !== undefined) {
        throw new Error(`message ${p} given twice`)
      } else {
        into[k] = v
      }
    }
  }
  for (const f of fragments) merge(out, f, '')
  return out
}
