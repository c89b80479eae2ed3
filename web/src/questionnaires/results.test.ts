import { describe, expect, it } from 'vitest'
import { decimal, groupLabel, groupingItems, meanSd, percent, resultSections } from './results'
import type { Results, Version } from './types'

const version = {
  id: 'v', questionnaire_id: 'q', number: 1, respondent_group: '', created_at: '',
  sections: [{ code: 'accueil', label_fr: 'Accueil', label_en: 'Welcome' }],
  items: [
    { code: 'q1', section: 'accueil', kind: 'likert', label_fr: 'L’accueil', label_en: 'The welcome', required: true, other_specify: false, grid: '', relevant: null, options: [] },
    { code: 'c', section: '', kind: 'single_choice', label_fr: 'Choix', label_en: 'Choice', required: false, other_specify: true, grid: '', relevant: null, options: [{ code: 'a', label_fr: 'Oui', label_en: 'Yes', score: null }] },
    { code: 't', section: 'accueil', kind: 'long_text', label_fr: 'Texte', label_en: 'Text', required: false, other_specify: false, grid: '', relevant: null, options: [] },
  ],
} as Version
const result = (code: string, mean: number | null) => ({ code, kind: 'likert', n: 5, off_scale: 0, mean, sd: null, median: null, top_box: null, top_box_codes: [], respondents: null, hidden: false, options: [] }) as Results['items'][number]

describe('results tables', () => {
  it('writes "mean (SD)" with a decimal comma in French and a point in English', () => {
    expect(meanSd(3.15, 1.0399898, 'fr')).toBe('3,15 (1,04)')
    expect(meanSd(3.15, 1.0399898, 'en')).toBe('3.15 (1.04)')
    expect(meanSd(4, null, 'fr')).toBe('4,00')
    expect(meanSd(null, null, 'fr')).toBe('')
    expect(percent(6 / 7, 'fr').replace(/\s/g, ' ')).toBe('86 %')
    expect(percent(6 / 7, 'en')).toBe('86%')
  })

  it('groups items by section, those outside any section last', () => {
    const results = { campaign: {} as Results['campaign'], responses: 5, suppressed: false, by: '', items: [result('c', null), result('q1', 3.2)], dimensions: [], groups: [] }
    const sections = resultSections(version, results, 'en')
    expect(sections.map((s) => [s.code, s.label, s.lines.map((l) => l.label)])).toEqual([['accueil', 'Welcome', ['The welcome']], ['', '', ['Choice']]])
    expect(resultSections(version, results, 'fr')[0].lines[0].label).toBe('L’accueil')
  })

  it('writes decimals with two digits and names the groups of a comparison', () => {
    expect(decimal(0.8285714, 'fr')).toBe('0,83')
    expect(decimal(0.8285714, 'en')).toBe('0.83')
    expect(decimal(null, 'fr')).toBe('')
    expect(groupingItems(version, 'fr')).toEqual([{ value: 'c', label: 'Choix' }])
    const names = { other: 'Autre', none: 'Sans réponse' }
    expect(groupLabel(version, 'c', 'a', 'fr', names)).toBe('Oui')
    expect(groupLabel(version, 'c', 'a', 'en', names)).toBe('Yes')
    expect(groupLabel(version, 'c', 'other', 'fr', names)).toBe('Autre')
    expect(groupLabel(version, 'c', '', 'fr', names)).toBe('Sans réponse')
  })
})
