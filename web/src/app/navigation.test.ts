import { describe, expect, it } from 'vitest'
import type { NavEntry, Viewer } from './kit'
import { allows, entriesFor } from './navigation'

const nobody: Viewer = { admin: false, roles: new Set(), directoryWriter: false }
const admin: Viewer = { admin: true, roles: new Set(), directoryWriter: true }
const coordinator: Viewer = { admin: false, roles: new Set(['coordinator']), directoryWriter: true }

const entry = (route: string, order: number, audience: NavEntry['audience'], places: NavEntry['places'] = ['header', 'home']): NavEntry => ({
  route,
  label: `nav.${route}`,
  audience,
  order,
  places,
})

describe('allows', () => {
  it('lets everyone signed in see an entry for everyone', () => {
    expect(allows('everyone', nobody)).toBe(true)
    expect(allows(undefined, nobody)).toBe(true)
  })
  it('keeps admin pages to admins', () => {
    expect(allows('admin', nobody)).toBe(false)
    expect(allows('admin', coordinator)).toBe(false)
    expect(allows('admin', admin)).toBe(true)
  })
  it('lets a module decide with a rule of its own', () => {
    const workers = (who: Viewer) => who.roles.has('practitioner')
    expect(allows(workers, admin)).toBe(false)
    expect(allows(workers, { ...nobody, roles: new Set(['practitioner']) })).toBe(true)
  })

  it('opens role-restricted pages to one of the roles, not to admins as such', () => {
    expect(allows(['evaluator', 'coordinator'], coordinator)).toBe(true)
    expect(allows(['evaluator'], coordinator)).toBe(false)
    expect(allows(['evaluator'], admin)).toBe(false)
    expect(allows(['evaluator'], { ...admin, roles: new Set(['evaluator']) })).toBe(true)
    expect(allows('directoryWriter', coordinator)).toBe(true)
    expect(allows('directoryWriter', nobody)).toBe(false)
  })
})

describe('entriesFor', () => {
  const entries = [
    entry('audit', 70, 'admin'),
    entry('home', 0, 'everyone', ['header']),
    entry('directory', 10, 'everyone'),
    entry('report', 50, ['evaluator']),
  ]
  it('lists the header links a person may follow, in order', () => {
    expect(entriesFor(entries, 'header', nobody).map((e) => e.route)).toEqual(['home', 'directory'])
    expect(entriesFor(entries, 'header', admin).map((e) => e.route)).toEqual(['home', 'directory', 'audit'])
  })
  it('keeps header-only links off the home page', () => {
    expect(entriesFor(entries, 'home', admin).map((e) => e.route)).toEqual(['directory', 'audit'])
    expect(entriesFor(entries, 'home', { ...nobody, roles: new Set(['evaluator']) }).map((e) => e.route)).toEqual(['directory', 'report'])
  })
  it('can place a shortcut elsewhere on the home page than in the header', () => {
    const moved = [...entries, { ...entry('territories', 5, 'everyone'), homeOrder: 55 }]
    expect(entriesFor(moved, 'header', nobody).map((e) => e.route)).toEqual(['home', 'territories', 'directory'])
    expect(entriesFor(moved, 'home', nobody).map((e) => e.route)).toEqual(['directory', 'territories'])
  })
})
