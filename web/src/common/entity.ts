// Helpers shared by the core pages.
import { patch, get } from './api'
import type { Paged } from './types'

/** The API answers with the entity itself; tolerate a wrapper such as {"organization": {...}}. */
export function unwrap<T extends { id: string }>(body: unknown, key: string): T {
  const b = body as Record<string, unknown> | null
  if (b && typeof b === 'object' && 'id' in b) return b as unknown as T
  if (b && typeof b === 'object' && b[key] && typeof b[key] === 'object') return b[key] as T
  return b as unknown as T
}

/** `version`: the record's version as shown (a change made since then is refused with 409). */
export async function setActive<T extends { id: string }>(path: string, key: string, id: string, active: boolean, version?: number): Promise<T> {
  return unwrap<T>(await patch<unknown>(`${path}/${id}`, version === undefined ? { active } : { active, version }), key)
}

/** Options for a select or checkbox list (up to the API's 200 per page). */
export interface Option {
  id: string
  name: string
  active?: boolean
  parent_id?: string | null // records that form a tree (territories)
}

export async function loadOptions(path: string, query: Record<string, string> = {}): Promise<Option[]> {
  const res = await get<Paged<Option>>(path, { per_page: 200, ...query })
  return res.items ?? []
}
