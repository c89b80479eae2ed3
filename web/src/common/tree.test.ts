import { describe, expect, it } from 'vitest'
import { tree } from './tree'

const t = (id: string, parent_id: string | null) => ({ id, parent_id, name: id.toUpperCase() })

describe('tree', () => {
  it('puts each record after its parent, indented, keeping the order of siblings', () => {
    const out = tree([t('mn', 'mtl'), t('qc', null), t('mtl', null), t('sl', 'mtl'), t('hlm', 'mn')], (x) => x.name)
    expect(out.map((x) => `${x.depth}${x.id}`)).toEqual(['0qc', '0mtl', '1mn', '2hlm', '1sl'])
    expect(out[1].name).toBe('MTL')
  })
  it('shows a record whose parent is not in the list at the top', () => {
    expect(tree([t('mn', 'gone')], (x) => x.name)).toEqual([{ id: 'mn', name: 'MN', depth: 0 }])
  })
  it('stops indenting at four levels', () => {
    const chain = ['a', 'b', 'c', 'd', 'e', 'f'].map((id, i, all) => t(id, i ? all[i - 1] : null))
    expect(tree(chain, (x) => x.name).map((x) => x.depth)).toEqual([0, 1, 2, 3, 4, 4])
  })
})
