import { describe, expect, it } from 'vitest'
import { choiceChart, likertChart } from './charts'
import type { Item, Results, Version } from './types'

const option = (code: string, score: number | null) => ({ code, label_fr: `fr-${code}`, label_en: `en-${code}`, score })
const likert = (code: string, scores: number[]): Item => ({
  code, section: 'accueil', kind: 'likert', label_fr: `Item ${code}`, label_en: `Item ${code} (en)`, required: false, other_specify: false,
  grid: '', relevant: null, options: [...scores.map((s) => option(String(s), s)), option('nsp', null)],
})
const version = (items: Item[]) => ({ items } as unknown as Version)
const result = (code: string, counts: Record<string, number | null>, hidden = false) => ({
  code, kind: 'likert', n: 10, off_scale: counts.nsp ?? 0, mean: 3, sd: 1, median: 3, top_box: 0.5, top_box_codes: [], respondents: 10, hidden,
  options: Object.entries(counts).map(([c, count]) => ({ code: c, count, share: (count ?? 0) / 12, off_scale: c === 'nsp' })),
})

describe('charts', () => {
  it('draws a 1–4 scale diverging from zero: the lower half left, nearest the middle first; off-scale answers left out', () => {
    const v = version([likert('a', [1, 2, 3, 4]), likert('b', [1, 2, 3, 4])])
    const r = { items: [result('a', { 1: 1, 2: 1, 3: 4, 4: 4, nsp: 2 }), result('b', { 1: 0, 2: 0, 3: 0, 4: 0 })] } as unknown as Results
    const chart = likertChart(v, r, 'fr')!
    expect(chart.rows).toEqual(['Item a'])  // b: no answer on the scale, no bar
    expect(chart.series.map((s) => s.label)).toEqual(['fr-2', 'fr-1', 'fr-3', 'fr-4'])
    expect(chart.series.map((s) => s.values[0])).toEqual([-10, -10, 40, 40])
    expect(chart.series.map((s) => s.rank)).toEqual([1, 0, 2, 3])
  })
  it('splits a middle option in two halves, one in the legend', () => {
    const v = version([likert('a', [1, 2, 3, 4, 5])])
    const r = { items: [result('a', { 1: 2, 2: 2, 3: 2, 4: 2, 5: 2 })] } as unknown as Results
    const chart = likertChart(v, r, 'en')!
    expect(chart.series.map((s) => [s.label, s.values[0], s.legend])).toEqual([
      ['en-3', -10, true], ['en-2', -20, true], ['en-1', -20, true], ['en-3', 10, false], ['en-4', 20, true], ['en-5', 20, true],
    ])
  })
  it('draws nothing for hidden figures', () => {
    const v = version([likert('a', [1, 2, 3, 4])])
    expect(likertChart(v, { items: [result('a', { 1: null, 2: 1, 3: 1, 4: 1 })] } as unknown as Results, 'fr')).toBeNull()
    expect(likertChart(v, { items: [result('a', { 1: 1, 2: 1, 3: 1, 4: 1 }, true)] } as unknown as Results, 'fr')).toBeNull()
  })
  it('draws a choice as the share of each option, « other » named', () => {
    const item = { ...likert('c', []), kind: 'single_choice', options: [option('oui', null), option('non', null)] } as Item
    const r = { ...result('c', {}), options: [{ code: 'oui', count: 3, share: 0.75, off_scale: false }, { code: 'other', count: 1, share: 0.25, off_scale: false }] }
    const chart = choiceChart(item, r as never, 'fr', 'Autre')!
    expect(chart.rows).toEqual(['fr-oui', 'Autre'])
    expect(chart.series[0].values).toEqual([75, 25])
  })
})
