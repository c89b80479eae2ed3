import { describe, expect, it } from 'vitest'
import { networkingBody, networkingForm, newEntryId, outreachBody, outreachForm } from './forms'
import { today } from './dates'
import type { OutreachEntry } from './types'

const last = {
  entry_date: '2026-03-02', duration_minutes: 90, territory_id: 't1', place: 'Parc Pie-XII', place_type: 'park',
  strategy: 'parks', parents_reached: 6, fathers_reached: 2, children_seen: 5, new_families: 1, efficacy: 4, note: 'x',
} as OutreachEntry

describe('journal forms', () => {
  it('starts a new entry from the last one, with today and counts at zero', () => {
    const f = outreachForm(last, true)
    expect(f).toMatchObject({ entry_date: today(), duration_minutes: 90, strategy: 'parks', place: 'Parc Pie-XII', parents_reached: 0, efficacy: 4, note: '' })
  })
  it('sends no empty optional text', () => {
    expect(outreachBody({ ...outreachForm(), place: '  ', note: '' })).toMatchObject({ place: null, note: null, territory_id: null })
  })
  it('sends exactly one of the organization and the typed name', () => {
    const f = { ...networkingForm(), partner_organization_id: 'o1', partner_name: 'Comptoir' }
    expect(networkingBody(f, false)).toMatchObject({ partner_organization_id: 'o1', partner_name: null })
    expect(networkingBody(f, true)).toMatchObject({ partner_organization_id: null, partner_name: 'Comptoir' })
  })
  it('makes version 4 UUIDs', () => {
    expect(newEntryId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })
})
