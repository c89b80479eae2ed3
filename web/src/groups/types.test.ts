import { describe, expect, it } from 'vitest'
import { attendanceBody, hoursText, marksOf, percent } from './types'

describe('groups', () => {
  it('makes the attendance body from the marks, leaving unmarked people out', () => {
    const body = attendanceBody({ a: 'present', b: 'absent', c: '', d: 'present' }, { children_in_care: 2, interpreters: 0, delivered_items: ['x'], version: 3 })
    expect(body).toEqual({ present: ['a', 'd'], excused: [], absent: ['b'], children_in_care: 2, interpreters: 0, delivered_items: ['x'], version: 3 })
  })
  it('reads the marks back', () => {
    expect(marksOf({ session_id: 's', version: 1, present: ['a'], excused: ['b'], absent: [], children_in_care: 0, interpreters: 0, delivered_items: [] }))
      .toEqual({ a: 'present', b: 'excused' })
  })
  it('shows rates as whole percentages', () => {
    expect(percent(1 / 3)).toBe('33 %')
    expect(percent(null)).toBe('—')
  })
  it('writes minutes as hours, French or English style', () => {
    expect(hoursText(150, 'fr').replace(/\s/g, ' ')).toBe('2,5 h')
    expect(hoursText(150, 'en')).toBe('2.5 h')
    expect(hoursText(0, 'fr')).toBe('0 h')
  })
})
