import { describe, expect, it } from 'vitest'
import { centsOf, formatMoney } from './money'

describe('money', () => {
  it('reads dollars as people type them', () => {
    expect(centsOf('150')).toBe(15000)
    expect(centsOf('150,5')).toBe(15050)
    expect(centsOf('150.05')).toBe(15005)
    expect(centsOf(' 1 234,56 $ ')).toBe(123456)
    expect(centsOf('0,01')).toBe(1)
  })
  it('refuses what is not an amount', () => {
    for (const bad of ['', 'abc', '12,345', '-5', '1.2.3', '12,', '$']) expect(centsOf(bad)).toBeNull()
  })
  it('writes cents as dollars in the reader’s language', () => {
    expect(formatMoney(15050, 'fr').replace(/\s/g, ' ')).toBe('150,50 $')
    expect(formatMoney(15050, 'en')).toBe('$150.50')
  })
})
