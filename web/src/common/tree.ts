// A flat list of records with parents (territories, needs) as a tree in reading order: each
// entry followed by its children, with its depth for indenting (at most 4 levels deep).
export interface TreeOption {
  id: string
  name: string
  depth: number
}

/** Orders items depth-first (keeping the given order among siblings) and computes depths. */
export function tree<T extends { id: string; parent_id: string | null }>(items: T[], name: (x: T) => string): TreeOption[] {
  const ids = new Set(items.map((x) => x.id))
  const children = new Map<string | null, T[]>()
  for (const x of items) {
    const p = x.parent_id && ids.has(x.parent_id) ? x.parent_id : null
    const list = children.get(p) ?? []
    list.push(x)
    children.set(p, list)
  }
  const out: TreeOption[] = []
  const seen = new Set<string>()
  const walk = (parent: string | null, depth: number): void => {
    for (const x of children.get(parent) ?? []) {
      if (seen.has(x.id)) continue
      seen.add(x.id)
      out.push({ id: x.id, name: name(x), depth: Math.min(depth, 4) })
      walk(x.id, depth + 1)
    }
  }
  walk(null, 0)
  return out
}
