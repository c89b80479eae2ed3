// "Open today?" for a result card, from the service's HSDS schedules and the device's date.
import { DAYS, daysOf, formatTime, type Day } from './directory'
import type { Schedule } from './types'

/** The day of the week of a date, as the directory names it (mon … sun). */
export function dayOf(date: Date): Day {
  return DAYS[(date.getDay() + 6) % 7]
}

/**
 * Today's opening hours ("13 h 00 – 16 h 30"), [] when the schedules say the service is closed
 * today, or null when there are no usable schedules (nothing is said then).
 */
export function hoursOn(schedules: Schedule[] | null | undefined, date: Date): string[] | null {
  const timed = (schedules ?? []).filter((s) => s.opens_at && daysOf(s.byday).length)
  if (!timed.length) return null
  const day = dayOf(date)
  return timed
    .filter((s) => daysOf(s.byday).includes(day))
    .sort((a, b) => (a.opens_at ?? '').localeCompare(b.opens_at ?? ''))
    .map((s) => (s.closes_at ? `${formatTime(s.opens_at)} – ${formatTime(s.closes_at)}` : formatTime(s.opens_at)))
}
