// What a web module gives the app: its pages, its entries in the navigation and its texts.
// app/modules.ts lists the modules once; the router, the header and the home page are built from it.
import type { RouteRecordRaw } from 'vue-router'
import type { Role } from '../core/types'

/** Who may open a page or see a link: everyone signed in, admins, the directory's writers, or people with one of these roles
 * (admins too), or whom a module's own rule lets in (admins only if it says so: families' pages are not theirs). */
export type Audience = 'everyone' | 'admin' | 'directoryWriter' | Role[] | ((who: Viewer) => boolean)

/** The person looking, as far as the interface needs to know (the server decides on each record). */
export interface Viewer {
  admin: boolean
  roles: ReadonlySet<Role>
  directoryWriter: boolean
}

export interface NavEntry {
  /** Name of the route the link opens. */
  route: string
  /** Message key of the link's text. */
  label: string
  /** Message key of the line under the home page shortcut. */
  hint?: string
  /** Who sees the link (the page itself is guarded by its route's `allow`). */
  audience: Audience
  /** Position in the header menu and among the home shortcuts (small first). */
  order: number
  /** Another position among the home shortcuts, when it differs from the header's. */
  homeOrder?: number
  /** Where the link shows: the header menu, the home page shortcuts, or both. */
  places: ('header' | 'home')[]
}

export interface LocaleTree {
  [key: string]: string | LocaleTree
}

export interface WebModule {
  name: string
  routes: RouteRecordRaw[]
  navigation: NavEntry[]
  messages: { fr: LocaleTree; en: LocaleTree }
  /** Addresses that moved: old path → name of the route now serving it (params and query kept). */
  moved?: Record<string, string>
}

declare module 'vue-router' {
  interface RouteMeta {
    /** Message key of the page title. */
    title?: string
    /** The header link shown as current on this page. */
    section?: string
    /** Reachable without signing in. */
    public?: boolean
    /** Who may open the page (everyone signed in when absent). */
    allow?: Audience
  }
}
