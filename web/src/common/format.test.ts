import { afterEach, describe, expect, it } from 'vitest'
import { formatDate } from './format'
import { i18n } from './i18n'
import type { Locale } from './types'

const setLocale = (l: Locale) => (i18n.global.locale.value = l)

afterEach(() => setLocale('fr'))

describe('formatDate', () => {
  it('writes the first of the month as an ordinal in French', () => {
    setLocale('fr')
    expect(formatDate('2026-10-01')).toBe('1er octobre 2026')
    expect(formatDate('2026-10-11')).toBe('11 octobre 2026')
  })
  it('leaves English dates alone', () => {
    setLocale('en')
    expect(formatDate('2026-10-01')).toBe('October 1, 2026')
  })
  it('returns what it cannot read', () => {
    expect(formatDate('pas une date')).toBe('pas une date')
    expect(formatDate(null)).toBe('')
  })
})
