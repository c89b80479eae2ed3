// Calendar days as the phone sees them (local time), written YYYY-MM-DD like the API's dates.

export function isoDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** Today, on this device. */
export function today(now = new Date()): string {
  return isoDay(now)
}

/** The Monday that starts the week of `now` (weeks start on Monday in Quebec's work calendar). */
export function weekStart(now = new Date()): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate())
  const offset = (d.getDay() + 6) % 7
  d.setDate(d.getDate() - offset)
  return isoDay(d)
}
