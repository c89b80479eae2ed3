// Directory module: API shapes (docs/directory-api.md) and shared helpers — need tree,
// territory tree, language names, days, hours and ages in the current language.
import { computed } from 'vue'
import { isAdmin, myRoles } from '../auth/session'
import { get } from '../common/api'
import { currentLocale, HTML_LANG, i18n } from '../common/i18n'
import type { Locale, Paged, Ref } from '../common/types'

export const DIR = '/directory'

/**
 * Who may create services and see the ones to verify: admins, managers (for their
 * organization) and coordinators. The server decides; this only hides buttons.
 */
export const canWriteDirectory = computed(() => isAdmin.value || myRoles.value.has('manager') || myRoles.value.has('coordinator'))

export interface Need {
  id: string
  code: string
  parent_id: string | null
  name_fr: string
  name_en: string
  description_fr?: string | null
  description_en?: string | null
  open_eligibility?: string | null
}

export type WaitingStatus = 'open' | 'waiting' | 'closed'
export const WAITING_STATUSES: WaitingStatus[] = ['open', 'waiting', 'closed']

export interface WaitingList {
  status: WaitingStatus | null
  delay_days: number | null
  as_of: string | null
}

export interface ServiceSummary {
  id: string
  name: string
  description: string | null
  organization: Ref
  needs: { code: string; name: string }[]
  languages: string[]
  is_free: boolean
  waiting_list: WaitingList | null
  verified_at: string | null
  distance_km: number | null
  phone: { number: string; extension: string | number | null } | null
  schedules: Schedule[]
  locations: { name: string | null; address_1: string | null; city: string | null; postal_code: string | null }[]
}

export type ServiceStatus = 'active' | 'inactive' | 'defunct' | 'temporarily closed'
export const SERVICE_STATUSES: ServiceStatus[] = ['active', 'inactive', 'defunct', 'temporarily closed']

export interface Schedule {
  byday: string | null
  opens_at: string | null
  closes_at: string | null
  description?: string | null
}

export interface Phone {
  number: string
  extension: string | null
  description: string | null
}

export interface ServiceLocation {
  id: string
  name: string | null
  address_1: string | null
  city: string | null
  postal_code: string | null
  latitude: number | null
  longitude: number | null
}

export interface Service {
  id: string
  organization: Ref
  status: ServiceStatus
  name: string
  name_fr: string
  name_en: string | null
  description: string | null
  description_fr: string | null
  description_en: string | null
  eligibility: string | null
  eligibility_fr: string | null
  eligibility_en: string | null
  application_process_fr: string | null
  application_process_en: string | null
  fees_fr: string | null
  fees_en: string | null
  is_free: boolean
  minimum_age: number | null
  maximum_age: number | null
  url: string | null
  email: string | null
  needs: { id: string; code: string; name_fr: string; name_en: string }[]
  languages: { code: string; name: string }[]
  schedules: Schedule[]
  locations: ServiceLocation[]
  phones: Phone[]
  contacts: { name: string | null; title: string | null; email: string | null }[]
  required_documents: string[]
  territory_ids: string[]
  waiting_list: WaitingList | null
  verified_at: string | null
  verified_by: string | null
  can_edit: boolean
  created_at: string
  updated_at: string
  /** Incremented by every change; an update names the one it was made against. */
  version: number
}

export interface ImportResult {
  imported: number
  updated: number
  organizations_imported?: number
  rejected: { index: number; id: string | null; reason_fr: string; reason_en: string }[]
  /** Changes to another organization's data, made only with allow_reassign. */
  reassigned?: { kind: 'service' | 'location'; id: string; from_organization_id: string; to_organization_id: string }[]
}

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
