// What the API answers about reference lists (GET /api/v1/reference-lists…): the generated types
// of the OpenAPI document (src/generated/api.ts, from src/reference/reference_list_routes.cpp).
import type * as Api from '../generated/api'

export type ReferenceList = Api.ReferenceList
/** An entry; its `code` is stable: what records store and reports count, never renamed. */
export type ReferenceEntry = Api.ReferenceEntry
export type ReferenceListWithEntries = Api.ReferenceListWithEntries

/** The label or name in the interface's language (French when the English one is missing). */
export function inLanguage(item: { label_fr?: string; label_en?: string; name_fr?: string; name_en?: string }, locale: string): string {
  const fr = item.label_fr ?? item.name_fr ?? ''
  const en = item.label_en ?? item.name_en ?? ''
  return locale === 'en' ? en || fr : fr || en
}
