// The interface's texts, as the modules give them: French typography (scripts/french-typography.mjs),
// the same keys in both languages (a text missing in one language shows its key to the person),
// and a text for every navigation link and shortcut; every link opens a page.
import { describe, expect, it } from 'vitest'
// @ts-expect-error: a plain .mjs script without types
import { fixText, problems, texts } from '../../scripts/french-typography.mjs'
import { messages, modules, navigation } from './modules'
import { deadEntries } from './routes'

describe('French texts', () => {
  it('follow French typography (run `node scripts/french-typography.mjs` to correct them)', () => {
    expect(problems(messages.fr)).toEqual([])
  })
  it('correction rules', () => {
    expect(fixText("Liste d'attente : ouverte")).toBe('Liste d’attente\u00a0: ouverte')
    expect(fixText('« {name} » : fait; oublié?')).toBe('«\u00a0{name}\u00a0»\u00a0: fait\u00a0; oublié\u00a0?')
    expect(fixText('https://exemple.ca à 9:00')).toBe('https://exemple.ca à 9:00')
    expect(fixText('intervenant(e)')).toBe('intervenant.e')
  })
})

const keys = (tree: object): string[] => [...texts(tree)].map(([k]: [string, string]) => k).sort()

describe('locales', () => {
  it('have the same keys in French and English, module by module', () => {
    for (const m of modules) expect(keys(m.messages.en), m.name).toEqual(keys(m.messages.fr))
  })
  it('name every navigation link and shortcut hint', () => {
    const known = new Set(keys(messages.fr))
    for (const e of navigation) {
      expect(known.has(e.label), e.label).toBe(true)
      if (e.hint) expect(known.has(e.hint), e.hint).toBe(true)
    }
  })
})

describe('modules', () => {
  it('link only to their own pages', () => {
    expect(deadEntries(modules)).toEqual([])
  })
  it('give each page a title that exists in both languages', () => {
    const fr = new Set(keys(messages.fr))
    for (const r of modules.flatMap((m) => m.routes)) expect(fr.has(String(r.meta?.title)), String(r.name)).toBe(true)
  })
})
