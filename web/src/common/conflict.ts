// Optimistic versions on the web side: what changed between the record a form was opened from
// and the record as it is now (the `current` of a 409 version_conflict), field by field, with
// the current value written for people (names rather than ids where the record has them).

export type RecordJson = Record<string, unknown>

export interface ChangedField {
  field: string
  /** The current value as text; '' when empty. */
  value: string
}

/** The key of the list of named records that goes with an id field: territory_ids → territories. */
export function namedListKey(field: string): string {
  return field.replace(/y_ids$/, 'ies').replace(/_ids$/, 's')
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null)
}

/** The current value of `field` as text; `yesNo` writes booleans. */
export function valueText(record: RecordJson, field: string, yesNo: (b: boolean) => string): string {
  const v = record[field]
  if (v === null || v === undefined) return ''
  if (typeof v === 'boolean') return yesNo(v)
  if (typeof v === 'string' || typeof v === 'number') return String(v)
  if (Array.isArray(v)) {
    const named = record[namedListKey(field)]
    const names = new Map<string, string>()
    if (Array.isArray(named))
      for (const n of named as { id?: string; name?: string; name_fr?: string }[]) if (n?.id) names.set(n.id, n.name ?? n.name_fr ?? n.id)
    return v.map((x) => (typeof x === 'string' ? (names.get(x) ?? x) : objectText(x))).join(', ')
  }
  return objectText(v)
}

/** A named object by its name, another by its texts: {"name_fr": "Aide"} → Aide, {"status": "open"} → open. */
function objectText(x: unknown): string {
  if (!x || typeof x !== 'object') return String(x)
  const o = x as Record<string, unknown>
  const name = o.name ?? o.name_fr
  if (typeof name === 'string') return name
  return Object.values(o).filter((y) => typeof y === 'string' || typeof y === 'number').join(' ')
}

/** The fields among `fields` whose value differs between `loaded` and `current`. */
export function changedFields(loaded: RecordJson, current: RecordJson, fields: string[], yesNo: (b: boolean) => string): ChangedField[] {
  return fields.filter((f) => f in current && !same(loaded[f], current[f])).map((field) => ({ field, value: valueText(current, field, yesNo) }))
}

/** Message keys that may name a field, most specific first: starts_on → startsOn, territory_ids → territories, parent_id → parent. */
export function labelKeys(namespaces: string[], field: string): string[] {
  const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())
  const names = [...new Set([camel(field), camel(namedListKey(field)), camel(field.replace(/_id$/, '')), camel(field.replace(/_(fr|en)$/, ''))])]
  return namespaces.flatMap((ns) => names.map((n) => `${ns}.${n}`))
}
