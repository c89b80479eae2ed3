import { describe, expect, it } from 'vitest'
import { exportHref } from './exportHref'

describe('exportHref', () => {
  it('keeps the filters first, then the format and the language', () => {
    expect(exportHref('/group-reports/activity/export', { period: 'year', program_id: 'p1' }, 'xlsx', 'fr')).toBe(
      '/api/v1/group-reports/activity/export?period=year&program_id=p1&format=xlsx&lang=fr',
    )
  })
  it('writes the headings in English only for an English page', () => {
    expect(exportHref('/referral-agreements/export', {}, 'csv', 'en')).toBe('/api/v1/referral-agreements/export?format=csv&lang=en')
    expect(exportHref('/referral-agreements/export', {}, 'csv', 'es')).toBe('/api/v1/referral-agreements/export?format=csv&lang=fr')
  })
  it('leaves out a filter that is not set', () => {
    expect(exportHref('/group-reports/cohorts/export', { program_id: undefined }, 'csv', 'fr')).toBe('/api/v1/group-reports/cohorts/export?format=csv&lang=fr')
  })
})
