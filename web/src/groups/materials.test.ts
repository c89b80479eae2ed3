import { describe, expect, it } from 'vitest'
import { base64Of, checklistFor, formatSize, linesOf } from './materials'
import type { GroupProgram } from './types'

describe('materials', () => {
  it('encodes a file in base64', async () => {
    expect(await base64Of(new Blob(['Fiche é']))).toBe(btoa(String.fromCharCode(...new TextEncoder().encode('Fiche é'))))
  })
  it('encodes a file larger than one chunk', async () => {
    const big = new Uint8Array(0x8000 * 2 + 3).fill(65)
    expect((await base64Of(new Blob([big]))).length).toBe(Math.ceil(big.length / 3) * 4)
  })
  it('shows sizes in each language', () => {
    expect(formatSize(12 * 1024, 'fr')).toBe('12 Ko')
    expect(formatSize(1536 * 1024, 'en')).toBe('1.5 MB')
    expect(formatSize(10, 'en')).toBe('1 KB')
  })
  it('holds a session to its own checklist, else the program\'s', () => {
    const program = { checklist: ['Accueil'], sessions: [{ checklist: [] }, { checklist: ['Jeu'] }] } as unknown as GroupProgram
    expect(checklistFor(program, 1)).toEqual(['Accueil'])
    expect(checklistFor(program, 2)).toEqual(['Jeu'])
    expect(checklistFor(program, 7)).toEqual(['Accueil'])
  })
  it('reads one checklist item a line', () => {
    expect(linesOf(' Accueil \n\nSynthèse\n')).toEqual(['Accueil', 'Synthèse'])
  })
})
