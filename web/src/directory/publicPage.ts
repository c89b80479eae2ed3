// The public page of a service (no sign-in), as /api/public/services/{id} gives it, and where it
// lives in the web app: the address a QR code or a text message carries to a family.
import { get, PUBLIC_API } from '../common/api'
import type { Locale } from '../common/types'
import type { Schedule, WaitingList } from './directory'

export interface PublicService {
  id: string
  lang: Locale
  status: string
  name: string
  organization: string
  description: string
  eligibility: string
  application_process: string
  fees: string
  is_free: boolean
  minimum_age: number | null
  maximum_age: number | null
  url: string | null
  email: string | null
  needs: string[]
  languages: { code: string; name: string }[]
  schedules: Schedule[]
  locations: { name: string | null; address_1: string | null; city: string | null; postal_code: string | null }[]
  phones: { number: string; extension?: string | number | null; type?: string | null }[]
  waiting_list: WaitingList | null
}

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
