// Errors of repeated rows (schedules, phones, memberships): "schedules[0].opens_at" or "schedules.0.opens_at".
import type { FieldError } from './types'

export function rowError(errors: FieldError[], list: string, i: number, field?: string): FieldError | null {
  const names = field ? [`${list}[${i}].${field}`, `${list}.${i}.${field}`] : [`${list}[${i}]`, `${list}.${i}`]
  return errors.find((e) => names.includes(e.field)) ?? null
}

/** Errors of the list that no row field shows: the list itself, a whole row, an unknown field. */
export function listErrors(errors: FieldError[], list: string, fields: string[]): FieldError[] {
  const shown = new RegExp(`^${list}(\\[\\d+\\]|\\.\\d+)\\.(${fields.join('|')})$`)
  return errors.filter((e) => (e.field === list || e.field.startsWith(list + '[') || e.field.startsWith(list + '.')) && !shown.test(e.field))
}

/** Errors for the list as a whole (not a row, not a row's field), shown above the rows. */
export function generalErrors(errors: FieldError[], list: string, fields: string[]): FieldError[] {
  const wholeRow = new RegExp(`^${list}(\\[\\d+\\]|\\.\\d+)$`)
  return listErrors(errors, list, fields).filter((e) => !wholeRow.test(e.field))
}

/** The i18n keys of a row editor's texts; `row` and `remove` name a row by its number, {n}. */
export interface RowTextKeys {
  legend: string
  hint?: string
  empty: string
  row: string
  add: string
  remove: string
}

/** What a row editor edits (RowEditor.vue): its list, its fields, its texts, how a row starts. */
export interface RowList<R> {
  /** Name of the list in the API's field errors, e.g. phones. */
  name: string
  /** Prefix of the rows' element ids: `${idPrefix}-${i}-${field}`, `${idPrefix}-add`. */
  idPrefix: string
  /** Row fields the slot shows (other errors are listed above the rows). */
  fields: string[]
  texts: RowTextKeys
  /** A new row (the last one given, to copy from). */
  newRow: (last: R | undefined) => Omit<R, 'key'>
  /** Id suffix of the field that takes focus in a new row. */
  focusField: string
}
