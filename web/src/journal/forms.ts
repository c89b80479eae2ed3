// The fields of an entry as a form holds them, from and to the API's shape. A new entry starts
// from the person's last one (same place, strategy, duration…), counts at zero and today's date,
// so recording one is a few taps.
import type { NetworkingEntry, OutreachEntry } from './types'
import { today } from './dates'

export interface OutreachForm {
  entry_date: string
  duration_minutes: number
  territory_id: string
  place: string
  place_type: string
  strategy: string
  parents_reached: number
  fathers_reached: number
  children_seen: number
  new_families: number
  efficacy: number
  note: string
}

export interface NetworkingForm {
  entry_date: string
  partner_organization_id: string
  partner_name: string
  category: string
  activity: string
  participants: string
  efficacy: number
  note: string
}

export function outreachForm(from?: OutreachEntry | null, fresh = false): OutreachForm {
  return {
    entry_date: fresh || !from ? today() : from.entry_date,
    duration_minutes: from?.duration_minutes ?? 60,
    territory_id: from?.territory_id ?? '',
    place: from?.place ?? '',
    place_type: from?.place_type ?? '',
    strategy: from?.strategy ?? '',
    parents_reached: fresh || !from ? 0 : from.parents_reached,
    fathers_reached: fresh || !from ? 0 : from.fathers_reached,
    children_seen: fresh || !from ? 0 : from.children_seen,
    new_families: fresh || !from ? 0 : from.new_families,
    efficacy: from?.efficacy ?? 3,
    note: fresh || !from ? '' : (from.note ?? ''),
  }
}

export function networkingForm(from?: NetworkingEntry | null, fresh = false): NetworkingForm {
  return {
    entry_date: fresh || !from ? today() : from.entry_date,
    partner_organization_id: from?.partner_organization_id ?? '',
    partner_name: from?.partner_name ?? '',
    category: from?.category ?? '',
    activity: from?.activity ?? '',
    participants: from?.participants ?? 'outreach_worker',
    efficacy: from?.efficacy ?? 3,
    note: fresh || !from ? '' : (from.note ?? ''),
  }
}

/** The body the API takes: empty optional texts are cleared (null), never sent as "". */
export function outreachBody(f: OutreachForm): Record<string, unknown> {
  return {
    ...f,
    territory_id: f.territory_id || null,
    place: f.place.trim() || null,
    note: f.note.trim() || null,
  }
}

/** Exactly one of the organization chosen and the name typed goes out; the other is cleared. */
export function networkingBody(f: NetworkingForm, typed: boolean): Record<string, unknown> {
  return {
    ...f,
    partner_organization_id: typed ? null : f.partner_organization_id || null,
    partner_name: typed ? f.partner_name.trim() || null : null,
    note: f.note.trim() || null,
  }
}

/** An id made on the phone, so that sending the same entry again never records it twice. */
export function newEntryId(): string {
  if (globalThis.crypto?.randomUUID) return globalThis.crypto.randomUUID()
  const b = new Uint8Array(16)
  globalThis.crypto.getRandomValues(b)
  b[6] = (b[6] & 0x0f) | 0x40
  b[8] = (b[8] & 0x3f) | 0x80
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}
