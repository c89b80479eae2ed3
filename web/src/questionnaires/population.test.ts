import { describe, expect, it } from 'vitest'
import { attributeGroupings, campaignBody, rateText, type PopulationDraft } from './population'

const base: PopulationDraft = {
  version_id: 'v', name: 'N', opens_on: '2026-03-01', closes_on: '2026-03-31',
  population: 'link', program_id: 'p', role: 'manager', group_id: 'g', identified: true,
}

describe('campaignBody', () => {
  it('sends only the chosen population’s fields', () => {
    expect(campaignBody('o', base)).toEqual({ organization_id: 'o', version_id: 'v', name: 'N', opens_on: '2026-03-01', closes_on: '2026-03-31', population: 'link' })
    expect(campaignBody('o', { ...base, population: 'members' })).toMatchObject({ program_id: 'p', role: 'manager', anonymous: false })
    expect(campaignBody('o', { ...base, population: 'members' })).not.toHaveProperty('group_id')
    expect(campaignBody('o', { ...base, population: 'group', identified: false })).toMatchObject({ group_id: 'g', anonymous: true })
    expect(campaignBody('o', { ...base, population: 'members', role: '' })).not.toHaveProperty('role')
  })
})

describe('rateText', () => {
  it('reads answered over invited with the rounded share', () => {
    expect(rateText({ population: 'group', answered: 1, invited: 3, response_rate: 1 / 3 }, 'fr', 'masqué')).toBe('1 / 3 (33 %)')
    expect(rateText({ population: 'group', answered: 2, invited: 3, response_rate: 2 / 3 }, 'en', 'hidden')).toBe('2 / 3 (67%)')
    expect(rateText({ population: 'members', answered: null, invited: 12, response_rate: null }, 'en', 'hidden')).toBe('hidden / 12')
    expect(rateText({ population: 'link', answered: null, invited: 0, response_rate: null }, 'fr', 'masqué')).toBe('')
  })
})

describe('attributeGroupings', () => {
  it('offers what the population knows', () => {
    expect(attributeGroupings({ population: 'link' })).toEqual([])
    expect(attributeGroupings({ population: 'group' })).toContain('attr:cohort')
    expect(attributeGroupings({ population: 'members' })).not.toContain('attr:cohort')
  })
})
