import { describe, expect, it } from 'vitest'
import { shown } from './summary'

describe('shown', () => {
  it('shows a count, a zero included, and a dash for a hidden one', () => {
    expect(shown(12)).toBe('12')
    expect(shown(0)).toBe('0')
    expect(shown(null)).toBe('—')
  })
})
