import { describe, expect, it } from 'vitest'
import type * as Api from '../generated/api'
import { sharingAllowed } from './types'

const consent = (extra: Partial<Api.FamilyConsent>): Api.FamilyConsent => ({
  id: 'c1', version: 1, organization_id: 'mn', family_id: 'f1', purpose: 'referral_sharing', partner_organization_id: 'sl',
  given_on: '2026-03-01', given_how: 'verbal', withdrawn_on: null, recorded_by: null, created_at: 'x', updated_at: 'y',
  ...extra,
})

describe('the consent shown before referring', () => {
  it('holds for that partner from the day given until the day withdrawn', () => {
    expect(sharingAllowed([consent({})], 'sl', '2026-03-01')).toBe(true)
    expect(sharingAllowed([consent({})], 'sl', '2026-02-28')).toBe(false)
    expect(sharingAllowed([consent({ withdrawn_on: '2026-03-05' })], 'sl', '2026-03-04')).toBe(true)
    expect(sharingAllowed([consent({ withdrawn_on: '2026-03-05' })], 'sl', '2026-03-05')).toBe(false)
  })
  it('is for sharing with that partner only', () => {
    expect(sharingAllowed([consent({})], 'other', '2026-03-02')).toBe(false)
    expect(sharingAllowed([consent({ purpose: 'photos', partner_organization_id: null })], 'sl', '2026-03-02')).toBe(false)
    expect(sharingAllowed([], 'sl', '2026-03-02')).toBe(false)
  })
})
