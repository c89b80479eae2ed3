import { describe, expect, it } from 'vitest'
import { changedFields, labelKeys, namedListKey, valueText } from './conflict'

const yesNo = (b: boolean) => (b ? 'Oui' : 'Non')

describe('changedFields', () => {
  const loaded = { name: 'Maison Bleue', sector: 'community_family', email: null, territory_ids: ['t1'], territories: [{ id: 't1', name: 'Rosemont' }], active: true }
  it('lists only the fields that differ, with their current value', () => {
    const current = { ...loaded, name: 'Maison Bleue (Est)', territory_ids: ['t1', 't2'], territories: [{ id: 't1', name: 'Rosemont' }, { id: 't2', name: 'Verdun' }] }
    expect(changedFields(loaded, current, ['name', 'sector', 'email', 'territory_ids'], yesNo)).toEqual([
      { field: 'name', value: 'Maison Bleue (Est)' },
      { field: 'territory_ids', value: 'Rosemont, Verdun' },
    ])
  })
  it('treats absent and null alike, and finds nothing when nothing changed', () => {
    expect(changedFields({ ...loaded, email: undefined }, loaded, ['name', 'email'], yesNo)).toEqual([])
  })
  it('writes booleans and emptied values', () => {
    expect(changedFields(loaded, { ...loaded, active: false, sector: null }, ['active', 'sector'], yesNo)).toEqual([
      { field: 'active', value: 'Non' },
      { field: 'sector', value: '' },
    ])
  })
})

describe('valueText', () => {
  it('keeps ids it has no name for', () => {
    expect(valueText({ need_ids: ['n1'] }, 'need_ids', yesNo)).toBe('n1')
  })
})

describe('labelKeys', () => {
  it('tries the usual message names of a field', () => {
    expect(namedListKey('territory_ids')).toBe('territories')
    expect(namedListKey('organization_ids')).toBe('organizations')
    expect(labelKeys(['programs'], 'starts_on')).toContain('programs.startsOn')
    expect(labelKeys(['organizations'], 'territory_ids')).toContain('organizations.territories')
    expect(labelKeys(['territories'], 'parent_id')).toContain('territories.parent')
    expect(labelKeys(['directory.form'], 'name_fr')).toContain('directory.form.name')
  })
})
