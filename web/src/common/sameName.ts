// Two names that a person would read as the same: accents, case and spacing do not count
// ("Maison de la Famille" = "maison de la famille " = "Maison de la famille").
import { get } from './api'
import type { Paged } from './types'

export function foldName(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('fr').replace(/\s+/g, ' ').trim()
}

/** Another record of `path` that already bears this name (not the record `selfId`), if any. */
export async function recordWithSameName(path: string, name: string, selfId?: string): Promise<{ id: string; name: string } | null> {
  const wanted = foldName(name)
  if (!wanted) return null
  const res = await get<Paged<{ id: string; name: string }>>(path, { q: name.trim(), per_page: 100 })
  return (res.items ?? []).find((x) => x.id !== selfId && foldName(x.name) === wanted) ?? null
}
