import { describe, expect, it } from 'vitest'
import { contactLine, fiscalYearOf, mayChooseMore, partnerName } from './types'

describe('key partners', () => {
  it('defaults to the fiscal year from 1 April', () => {
    expect(fiscalYearOf('2026-12-07')).toEqual({ from: '2026-04-01', to: '2027-03-31' })
    expect(fiscalYearOf('2026-03-31')).toEqual({ from: '2025-04-01', to: '2026-03-31' })
    expect(fiscalYearOf('2026-04-01')).toEqual({ from: '2026-04-01', to: '2027-03-31' })
  })
  it('names the partner by its organization or the name typed in', () => {
    expect(partnerName({ partner_organization_name: 'CLSC', partner_outside_name: null })).toBe('CLSC')
    expect(partnerName({ partner_organization_name: null, partner_outside_name: 'CPE' })).toBe('CPE')
  })
  it('counts only the chooser’s own choices toward three', () => {
    const of = (id: string) => ({ chooser_id: id })
    expect(mayChooseMore([of('a'), of('a'), of('b'), of('b')], 'a')).toBe(true)
    expect(mayChooseMore([of('a'), of('a'), of('a'), of('b')], 'a')).toBe(false)
  })
})

describe('referral agreements', () => {
  it('writes a contact in one line, leaving out what is not given', () => {
    expect(contactLine({ name: 'Line Tremblay', role: 'Coordonnatrice', phone: '514-555-0101', email: '' })).toBe('Line Tremblay (Coordonnatrice) · 514-555-0101')
    expect(contactLine({ name: 'Accueil', role: '', phone: '', email: 'accueil@example.org' })).toBe('Accueil · accueil@example.org')
  })
})
