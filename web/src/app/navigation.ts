// Which links a person sees, and where: pure functions of the modules' navigation entries.
import type { Audience, NavEntry, Viewer } from './kit'

export function allows(audience: Audience | undefined, who: Viewer): boolean {
  if (!audience || audience === 'everyone') return true
  // A module's own rule (the families pages).
  if (typeof audience === 'function') return audience(who)
  if (audience === 'admin') return who.admin
  if (audience === 'directoryWriter') return who.admin || who.directoryWriter
  // Pages of roles (the journal, families): those who hold one of them. Being an admin gives
  // none of them: admins see no family or journal data by default (the server answers 403).
  return audience.some((r) => who.roles.has(r))
}

const position = (e: NavEntry, place: 'header' | 'home') => (place === 'home' ? (e.homeOrder ?? e.order) : e.order)

/** The entries a person sees in one place, in order. */
export function entriesFor(entries: NavEntry[], place: 'header' | 'home', who: Viewer): NavEntry[] {
  return entries
    .filter((e) => e.places.includes(place) && allows(e.audience, who))
    .sort((a, b) => position(a, place) - position(b, place))
}
