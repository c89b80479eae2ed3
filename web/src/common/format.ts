// Dates and numbers as Quebec users expect them (fr-CA: 1er septembre 2025, 1 234,5).
import { currentLocale, HTML_LANG } from './i18n'

function tag(): string {
  return HTML_LANG[currentLocale()]
}

/** "2025-09-01" (a calendar date, no time zone) → "1er septembre 2025". */
export function formatDate(d: string | null | undefined): string {
  if (!d) return ''
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d)
  const date = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : new Date(d)
  if (Number.isNaN(date.getTime())) return d
  const text = new Intl.DateTimeFormat(tag(), { dateStyle: 'long' }).format(date)
  // French writes the first of the month as an ordinal: « 1er octobre ».
  return currentLocale() === 'fr' ? text.replace(/^1 /, '1er ') : text
}

/** An instant (RFC 3339) → local date and time. */
export function formatDateTime(d: string | null | undefined): string {
  if (!d) return ''
  const date = new Date(d)
  if (Number.isNaN(date.getTime())) return d
  return new Intl.DateTimeFormat(tag(), { dateStyle: 'medium', timeStyle: 'short' }).format(date)
}

export function formatNumber(n: number, fractionDigits?: number): string {
  const opts: Intl.NumberFormatOptions =
    fractionDigits === undefined ? {} : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }
  return new Intl.NumberFormat(tag(), opts).format(n)
}
