// The public page of a service (no sign-in), as /api/public/services/{id} gives it, and where it
// lives in the web app: the address a QR code or a text message carries to a family.
import { get, PUBLIC_API } from '../common/api'
import type { Locale } from '../common/types'
import type { PublicService } from './types'

export type { PublicService }

/** The public page's path in the web app, in the family's language. */
export function publicPagePath(serviceId: string, locale: Locale): string {
  return `/p/ressources/${encodeURIComponent(serviceId)}?lang=${locale}`
}

/** The full address of the public page, for a QR code or a text message. */
export function publicPageUrl(origin: string, serviceId: string, locale: Locale): string {
  return origin.replace(/\/+$/, '') + publicPagePath(serviceId, locale)
}

export function fetchPublicService(serviceId: string, locale: Locale): Promise<PublicService> {
  return get<PublicService>(`/services/${encodeURIComponent(serviceId)}`, { lang: locale }, { base: PUBLIC_API, quiet401: true })
}
