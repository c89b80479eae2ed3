import { describe, expect, it } from 'vitest'
import { attendanceBody, draftOf, hoursText, marksOf, participantBody, percent, type Participant } from './types'

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
  const parent: Participant = {
    id: 'p1', version: 4, group_id: 'g', kind: 'parent', label: 'EP-SL-01', organization_id: null, status: 'registered',
    shares_contact: false, email: '', phone: '', family_id: null, family_code: null, created_at: '', updated_at: '',
  }
  it('sends a participant\'s version and only what changed', () => {
    expect(participantBody(parent, draftOf(parent), null)).toEqual({ version: 4 })
    const d = { ...draftOf(parent), shares_contact: true, phone: ' 514-555-0101 ', status: 'withdrew' as const }
    expect(participantBody(parent, d, null)).toEqual({ version: 4, shares_contact: true, phone: '514-555-0101', status: 'withdrew' })
  })
  it('sends the family link only when its code changed', () => {
    expect(participantBody(parent, { ...draftOf(parent), family_code: 'MN-4F2K' }, 'f1')).toEqual({ version: 4, family_id: 'f1' })
    const linked = { ...parent, family_id: 'f1', family_code: 'MN-4F2K' }
    expect(participantBody(linked, draftOf(linked), 'f1')).toEqual({ version: 4 })
    expect(participantBody(linked, { ...draftOf(linked), family_code: '' }, null)).toEqual({ version: 4, family_id: null })
  })
})
