// State of a form: busy flag, API error, field errors, focus on the first problem.
import { nextTick, useTemplateRef, type Ref } from 'vue'
import type { FieldError } from './types'
import { useAction } from './useAction'

/** `form`: the form element when another component renders it (RecordForm); else the template's ref="formEl". */
export function useForm(knownFields: string[], form?: Ref<HTMLFormElement | null>) {
  const { error, busy, run } = useAction(() => void focusProblem())
  const formEl = form ?? useTemplateRef<HTMLFormElement>('formEl')

  /** The error for a field; "memberships[0].role" also matches "memberships". */
  function fieldError(name: string): FieldError | null {
    const e = error.value
    if (!e) return null
    return e.fields.find((f) => f.field === name) ?? null
  }

  function matches(f: FieldError, known: string): boolean {
    return f.field === known || f.field.startsWith(known + '.') || f.field.startsWith(known + '[')
  }

  /** Field errors that no visible field shows (listed in the general alert instead). */
  function otherFields(): FieldError[] {
    const e = error.value
    if (!e) return []
    return e.fields.filter((f) => !knownFields.some((k) => f.field === k))
  }

  function errorsUnder(prefix: string): FieldError[] {
    return error.value ? error.value.fields.filter((f) => matches(f, prefix)) : []
  }

  async function focusProblem(): Promise<void> {
    await nextTick()
    const root = formEl.value
    if (!root) return
    const target =
      (root.querySelector('[aria-invalid="true"]') as HTMLElement | null) ??
      (root.querySelector('.alert') as HTMLElement | null) ??
      (document.querySelector('main .alert') as HTMLElement | null)
    const focusable = target?.tagName === 'FIELDSET' ? (target.querySelector('input, select, textarea') as HTMLElement | null) : target
    focusable?.focus()
  }

  return { error, busy, fieldError, otherFields, errorsUnder, run }
}
