// What the API answers about reference lists (GET /api/v1/reference-lists…).

export interface ReferenceList {
  key: string
  name_fr: string
  name_en: string
  description_fr: string
  description_en: string
  position: number
  active_count: number
  retired_count: number
}

export interface ReferenceEntry {
  id: string
  list_key: string
  /** Stable: what records store and reports count; never renamed. */
  code: string
  label_fr: string
  label_en: string
  description_fr: string
  description_en: string
  position: number
  built_in: boolean
  retired: boolean
  retired_at: string | null
  created_at: string
  created_by: string | null
  updated_at: string
}

export interface ReferenceListWithEntries extends ReferenceList {
  entries: ReferenceEntry[]
}

/** The label or name in the interface's language (French when the English one is missing). */
export function inLanguage(item: { label_fr?: string; label_en?: string; name_fr?: string; name_en?: string }, locale: string): string {
  const fr = item.label_fr ?? item.name_fr ?? ''
  const en = item.label_en ?? item.name_en ?? ''
  return locale === 'en' ? en || fr : fr || en
}
