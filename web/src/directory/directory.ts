// Directory module: API shapes (docs/directory-api.md) and shared helpers — need tree,
// territory tree, language names, days, hours and ages in the current language.
import { computed } from 'vue'
import { isAdmin, myRoles } from '../auth/session'
import { get } from '../common/api'
import { currentLocale, HTML_LANG, i18n } from '../common/i18n'
import type { Locale, Paged } from '../common/types'
import type { Need, Schedule } from './types'

export const DIR = '/directory'

/**
 * Who may create services and see the ones to verify: admins, managers (for their
 * organization) and coordinators. The server decides; this only hides buttons.
 */
export const canWriteDirectory = computed(() => isAdmin.value || myRoles.value.has('manager') || myRoles.value.has('coordinator'))

/** The language of the convenience fields (name, description…) follows the interface. */
export function langParam(): { lang: Locale } {
  return { lang: currentLocale() }
}

/** "fr" text or "en" text of a bilingual pair, in the current language, the other as fallback. */
export function pick(fr: string | null | undefined, en: string | null | undefined): string {
  const a = (fr ?? '').trim()
  const b = (en ?? '').trim()
  return currentLocale() === 'en' ? b || a : a || b
}

// ---- Trees (needs, territories): parents first, children indented under them ----

export { tree, type TreeOption } from '../common/tree'

let needsCache: Promise<Need[]> | null = null

/** The need taxonomy, loaded once per visit. */
export function loadNeeds(): Promise<Need[]> {
  if (!needsCache) {
    needsCache = get<{ items: Need[] }>(`${DIR}/needs`)
      .then((r) => r.items ?? [])
      .catch((e) => {
        needsCache = null
        throw e
      })
  }
  return needsCache
}

export function needName(n: { name_fr: string; name_en: string }): string {
  return pick(n.name_fr, n.name_en)
}

export interface TerritoryNode {
  id: string
  name: string
  parent_id: string | null
  active?: boolean
}

export async function loadTerritories(): Promise<TerritoryNode[]> {
  const r = await get<Paged<TerritoryNode>>('/territories', { per_page: 200 })
  return r.items ?? []
}

// ---- Languages of service (ISO 639 codes) ----

/** The languages offered in the filters and the form; the API may return others. */
export const LANGUAGE_CODES = [
  'fr', 'en', 'es', 'ar', 'ht', 'zh', 'pt', 'it', 'vi', 'fa', 'ta', 'tl', 'ru', 'uk', 'ur', 'pa', 'bn', 'sw', 'iu', 'cr',
  'fcs', 'ase', 'ro', 'ti', 'so', 'hi', 'ko', 'ja', 'el', 'pl', 'tr', 'ku', 'ne', 'hy', 'am', 'ln', 'wo', 'rn',
]

/** French and English first, then the others by name in the current language. */
export function sortedLanguages(codes: string[]): { code: string; name: string }[] {
  const rank = (c: string) => (c === 'fr' ? 0 : c === 'en' ? 1 : 2)
  return [...new Set(codes)]
    .map((code) => ({ code, name: languageName(code) }))
    .sort((a, b) => rank(a.code) - rank(b.code) || a.name.localeCompare(b.name, HTML_LANG[currentLocale()]))
}

export function languageName(code: string): string {
  const key = `directory.languageNames.${code}`
  if (i18n.global.te(key)) return i18n.global.t(key)
  try {
    const n = new Intl.DisplayNames([HTML_LANG[currentLocale()]], { type: 'language' }).of(code)
    if (n && n !== code) return n.charAt(0).toLocaleUpperCase() + n.slice(1)
  } catch {
    /* not a language code the browser knows */
  }
  return code
}

// ---- Days and hours ----

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Day = (typeof DAYS)[number]
/** iCalendar BYDAY codes (HSDS schedules) ↔ the API's open_on values. */
export const BYDAY: Record<Day, string> = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' }

export function daysOf(byday: string | null | undefined): Day[] {
  const codes = (byday ?? '')
    .toUpperCase()
    .split(',')
    .map((s) => s.trim().replace(/^[+-]?\d+/, ''))
  return DAYS.filter((d) => codes.includes(BYDAY[d]))
}

export function bydayOf(days: string[]): string {
  return DAYS.filter((d) => days.includes(d))
    .map((d) => BYDAY[d])
    .join(',')
}

/** "09:00" → "9 h 00" (fr-CA, never broken across lines) or "9:00 a.m." (en-CA). */
export function formatTime(hhmm: string | null | undefined, locale: Locale = currentLocale()): string {
  const m = /^(\d{1,2}):(\d{2})/.exec(hhmm ?? '')
  if (!m) return hhmm ?? ''
  const d = new Date(2000, 0, 3, Number(m[1]), Number(m[2]))
  const text = new Intl.DateTimeFormat(HTML_LANG[locale], { hour: 'numeric', minute: '2-digit' }).format(d)
  return locale === 'fr' ? text.replace(/ /g, '\u00a0') : text
}

/** Opening hours by day, Monday first; each day lists its time ranges. */
export function hoursByDay(schedules: Schedule[]): { day: Day; ranges: string[] }[] {
  const t = i18n.global.t
  const out: { day: Day; ranges: string[] }[] = []
  for (const day of DAYS) {
    const ranges: string[] = []
    for (const s of schedules) {
      if (!daysOf(s.byday).includes(day)) continue
      if (s.opens_at && s.closes_at) ranges.push(t('directory.hoursRange', { from: formatTime(s.opens_at), to: formatTime(s.closes_at) }))
      else if (s.opens_at) ranges.push(t('directory.hoursFrom', { from: formatTime(s.opens_at) }))
      else if (s.description) ranges.push(s.description)
    }
    if (ranges.length) out.push({ day, ranges })
  }
  return out
}

/** "De 0 à 5 ans", "À partir de 3 ans", "Jusqu'à 12 ans", or "" (all ages). */
export function formatAges(min: number | null | undefined, max: number | null | undefined): string {
  const t = i18n.global.t
  const hasMin = typeof min === 'number'
  const hasMax = typeof max === 'number'
  if (hasMin && hasMax) return t('directory.agesRange', { min, max }, max as number)
  if (hasMin) return t('directory.agesFrom', { min }, min as number)
  if (hasMax) return t('directory.agesUpTo', { max }, max as number)
  return ''
}

/** "514-555-0102" + "12" → "tel:5145550102,12" (the comma dials the extension on phones). */
export function telHref(number: string, extension?: string | number | null): string {
  const digits = number.replace(/[^\d+]/g, '')
  const ext = String(extension ?? '').replace(/\D/g, '')
  return `tel:${digits}${ext ? ',' + ext : ''}`
}
