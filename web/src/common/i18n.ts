// Languages: French (fr-CA) first, English second. The choice is kept in localStorage
// and, once logged in, in the user's profile (PATCH /me).
import { createI18n } from 'vue-i18n'
import { messages } from '../app/modules'
import type { Locale } from './types'

const STORAGE_KEY = 'filet.locale'

export const HTML_LANG: Record<Locale, string> = { fr: 'fr-CA', en: 'en-CA' }

export function isLocale(v: unknown): v is Locale {
  return v === 'fr' || v === 'en'
}

export function storedLocale(): Locale | null {
  try {
    const v = localStorage.getItem(STORAGE_KEY)
    return isLocale(v) ? v : null
  } catch {
    return null
  }
}

export const i18n = createI18n({
  legacy: false,
  locale: storedLocale() ?? 'fr',
  fallbackLocale: 'fr',
  messages,
  missingWarn: false,
  fallbackWarn: false,
})

export function currentLocale(): Locale {
  return i18n.global.locale.value as Locale
}

/** Switches the interface language (no server call; see auth/session.ts chooseLocale). */
export function applyLocale(l: Locale, persist = true): void {
  i18n.global.locale.value = l
  document.documentElement.lang = HTML_LANG[l]
  if (persist) {
    try {
      localStorage.setItem(STORAGE_KEY, l)
    } catch {
      /* private mode: the choice lasts for this visit */
    }
  }
}

/** Picks message_fr / message_en of an API error (or field error) for the current language. */
export function localized(m: { messageFr?: string; messageEn?: string; message_fr?: string; message_en?: string }): string {
  const fr = m.messageFr ?? m.message_fr ?? ''
  const en = m.messageEn ?? m.message_en ?? ''
  return currentLocale() === 'en' ? en || fr : fr || en
}
