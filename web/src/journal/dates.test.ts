import { describe, expect, it } from 'vitest'
import { today, weekStart } from './dates'

describe('journal dates', () => {
  it('writes the local day', () => {
    expect(today(new Date(2026, 2, 9, 23, 30))).toBe('2026-03-09')
  })
  it('starts the week on Monday', () => {
    expect(weekStart(new Date(2026, 2, 11))).toBe('2026-03-09') // a Wednesday
    expect(weekStart(new Date(2026, 2, 9))).toBe('2026-03-09') // the Monday itself
    expect(weekStart(new Date(2026, 2, 15))).toBe('2026-03-09') // the Sunday
    expect(weekStart(new Date(2026, 0, 1))).toBe('2025-12-29') // across a year
  })
})
