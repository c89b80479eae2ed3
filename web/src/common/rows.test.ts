import { describe, expect, it } from 'vitest'
import { generalErrors, listErrors, rowError } from './rows'
import type { FieldError } from './types'

const e = (field: string): FieldError => ({ field, code: 'x', message_fr: 'fr', message_en: 'en' })
const errors = [e('phones'), e('phones[0].number'), e('phones.1.extension'), e('phones[2]'), e('phones[0].other'), e('name')]

describe('row errors', () => {
  it('finds a row field’s error in either spelling', () => {
    expect(rowError(errors, 'phones', 0, 'number')?.field).toBe('phones[0].number')
    expect(rowError(errors, 'phones', 1, 'extension')?.field).toBe('phones.1.extension')
    expect(rowError(errors, 'phones', 1, 'number')).toBeNull()
  })
  it('finds a whole row’s error', () => {
    expect(rowError(errors, 'phones', 2)?.field).toBe('phones[2]')
  })
  it('leaves to the list what no row field shows', () => {
    expect(listErrors(errors, 'phones', ['number', 'extension']).map((x) => x.field)).toEqual(['phones', 'phones[2]', 'phones[0].other'])
    expect(generalErrors(errors, 'phones', ['number', 'extension']).map((x) => x.field)).toEqual(['phones', 'phones[0].other'])
  })
})
