import { describe, expect, it } from 'vitest'
import { dayOf, hoursOn } from './openToday'

const schedules = [
  { byday: 'MO,WE', opens_at: '13:00', closes_at: '16:30' },
  { byday: 'MO', opens_at: '09:00', closes_at: '11:00' },
]
const monday = new Date(2026, 11, 7) // 7 December 2026
const tuesday = new Date(2026, 11, 8)

describe('hoursOn', () => {
  it('names the day of a date', () => {
    expect(dayOf(monday)).toBe('mon')
    expect(dayOf(new Date(2026, 11, 6))).toBe('sun')
  })
  it("gives today's ranges in order, in French by default", () => {
    expect(hoursOn(schedules, monday)).toEqual(['9\u00a0h\u00a000 – 11\u00a0h\u00a000', '13\u00a0h\u00a000 – 16\u00a0h\u00a030'])
  })
  it('says closed today when other days are open', () => {
    expect(hoursOn(schedules, tuesday)).toEqual([])
  })
  it('says nothing without usable schedules', () => {
    expect(hoursOn([], monday)).toBeNull()
    expect(hoursOn([{ byday: null, opens_at: null, closes_at: null, description: 'Sur rendez-vous' }], monday)).toBeNull()
  })
})
