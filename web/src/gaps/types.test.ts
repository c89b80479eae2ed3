import { describe, expect, it } from 'vitest'
import { cellRows, countText, quarterOf, type GapRegister } from './types'

describe('the register as shown', () => {
  it('shows counts, « < 5 » for small ones and « — » for complementary hiding', () => {
    expect(countText({ count: 7, hidden: null })).toBe('7')
    expect(countText({ count: 0, hidden: null })).toBe('0')
    expect(countText({ count: null, hidden: 'primary' })).toBe('< 5')
    expect(countText({ count: null, hidden: 'complementary' })).toBe('—')
  })
  it('cuts the cells into rows of territories', () => {
    const cell = (n: string, t: string) => ({ need_id: n, territory_id: t, count: 1, hidden: null, top_reason: null })
    const r = {
      needs: [{ id: 'a' }, { id: 'b' }], territories: [{ id: 'x' }, { id: 'y' }, { id: 'z' }],
      cells: [cell('a', 'x'), cell('a', 'y'), cell('a', 'z'), cell('b', 'x'), cell('b', 'y'), cell('b', 'z')],
    } as unknown as GapRegister
    expect(cellRows(r).map((row) => row.map((c) => c.need_id + c.territory_id))).toEqual([['ax', 'ay', 'az'], ['bx', 'by', 'bz']])
  })
  it('names quarters as the server does', () => {
    expect(quarterOf('2026-01-15')).toBe('2026-Q1')
    expect(quarterOf('2026-09-30')).toBe('2026-Q3')
    expect(quarterOf('2026-12-07')).toBe('2026-Q4')
  })
})
