// The text a worker hands to a parent about a service (by text message, copied, or printed), in
// the family's language, which may differ from the worker's: name, organization, phones,
// addresses and opening hours, nothing about the family.
import { i18n } from '../common/i18n'
import type { Locale } from '../common/types'
import { DAYS, daysOf, formatTime } from './directory'
import type { Service } from './types'

/** "Lundi : 9 h 00 à 17 h 00" lines, Monday first, in the given language. */
export function hoursLines(svc: Pick<Service, 'schedules'>, locale: Locale): string[] {
  const t = (key: string, named: Record<string, unknown> = {}) => i18n.global.t(key, named, { locale })
  const lines: string[] = []
  for (const day of DAYS) {
    const ranges = (svc.schedules ?? [])
      .filter((s) => daysOf(s.byday).includes(day) && s.opens_at)
      .map((s) => (s.closes_at ? t('directory.hoursRange', { from: formatTime(s.opens_at, locale), to: formatTime(s.closes_at, locale) }) : t('directory.hoursFrom', { from: formatTime(s.opens_at, locale) })))
    if (ranges.length) lines.push(t('directory.share.line', { label: t(`directory.days.${day}`), value: ranges.join(', ') }))
  }
  return lines
}

export interface FamilyMessage {
  title: string
  organization: string
  lines: string[]
}

/** `pageUrl`: the service's public page, when its organization allows one (for a QR code too). */
export function familyMessage(svc: Service, locale: Locale, pageUrl?: string): FamilyMessage {
  const t = (key: string, named: Record<string, unknown> = {}) => i18n.global.t(key, named, { locale })
  const title = (locale === 'en' ? svc.name_en || svc.name_fr : svc.name_fr || svc.name_en) || svc.name
  const lines: string[] = []
  for (const p of svc.phones ?? []) {
    const number = p.extension ? `${p.number}, ${t('directory.extension', { ext: p.extension })}` : p.number
    lines.push(t('directory.share.line', { label: t('directory.share.phone'), value: number }))
  }
  for (const l of svc.locations ?? []) {
    const address = [l.address_1, [l.city, l.postal_code].filter(Boolean).join(' ')].filter(Boolean).join(', ')
    if (address) lines.push(t('directory.share.line', { label: t('directory.share.address'), value: address }))
  }
  const hours = hoursLines(svc, locale)
  if (hours.length) lines.push(t('directory.share.hours'), ...hours)
  if (svc.url) lines.push(svc.url)
  if (pageUrl) lines.push(t('directory.share.pageLine', { url: pageUrl }))
  return { title, organization: svc.organization?.name ?? '', lines }
}

/** The message as plain text, for a text message or the clipboard. */
export function messageText(m: FamilyMessage): string {
  return [m.title, m.organization, ...m.lines].filter(Boolean).join('\n')
}

/** An sms: link with the text prepared (the person still chooses the recipient and sends). */
export function smsHref(text: string): string {
  return `sms:?&body=${encodeURIComponent(text)}`
}
