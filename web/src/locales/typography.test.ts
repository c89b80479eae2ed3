// The interface's French follows the typography rules of scripts/french-typography.mjs, and both
// languages have the same keys (a text missing in one language shows its key to the person).
import { describe, expect, it } from 'vitest'
import en from './en.json'
import fr from './fr.json'
// @ts-expect-error: a plain .mjs script without types
import { fixText, problems, texts } from '../../scripts/french-typography.mjs'

describe('French texts', () => {
  it('follow French typography (run `node scripts/french-typography.mjs` to correct them)', () => {
    expect(problems(fr)).toEqual([])
  })
  it('correction rules', () => {
    expect(fixText("Liste d'attente : ouverte")).toBe('Liste d’attente\u00a0: ouverte')
    expect(fixText('« {name} » : fait; oublié?')).toBe('«\u00a0{name}\u00a0»\u00a0: fait\u00a0; oublié\u00a0?')
    expect(fixText('https://exemple.ca à 9:00')).toBe('https://exemple.ca à 9:00')
    expect(fixText('intervenant(e)')).toBe('intervenant.e')
  })
})

describe('locales', () => {
  it('have the same keys in French and English', () => {
    const keys = (tree: object) => [...texts(tree)].map(([k]: [string, string]) => k).sort()
    expect(keys(en)).toEqual(keys(fr))
  })
})
