// The state of a record's page (create, edit or read): the record loaded from the API, the form's
// errors and saving state, create or update then go to the new record or say "saved", and
// deactivate or reactivate with a way to take it back. RecordForm.vue shows it.
import { computed, ref, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRouter } from 'vue-router'
import { ApiError, get, patch, post } from './api'
import { setActive, unwrap } from './entity'
import { flash, takeFlash } from './flash'
import { useForm } from './useForm'

export interface RecordFormOptions<T> {
  /** API path, e.g. /organizations. */
  api: string
  /** Key of the record in API answers and name of its page's route, e.g. organization. */
  entity: string
  /** Undefined while creating. */
  id: () => string | undefined
  /** Fields the form shows (errors on others go to the general alert). */
  fields: string[]
  /** Copies a record into the form's fields. */
  fill: (record: T) => void
  /** Loads what the form's choices need; called before the record. */
  loadChoices?: () => void
  /** After the record is loaded. */
  loaded?: (record: T) => void
}

export function useRecordForm<T extends { id: string; active: boolean; name: string; version?: number }>(o: RecordFormOptions<T>) {
  const { t } = useI18n()
  const router = useRouter()
  const record = ref<T | null>(null)
  const note = ref(takeFlash())
  const loadError = ref<ApiError | null>(null)
  const toggling = ref(false)
  const formEl = ref<HTMLFormElement | null>(null)
  const form = useForm(o.fields, formEl)
  const isNew = computed(() => !o.id())
  // After a deactivation: takes it back (a deactivation acts at the first click).
  const undo = ref<(() => void) | null>(null)

  function fill(x: T): void {
    record.value = x
    o.fill(x)
  }

  async function load(): Promise<void> {
    loadError.value = null
    o.loadChoices?.()
    const id = o.id()
    if (!id) return
    try {
      fill(unwrap<T>(await get(`${o.api}/${id}`), o.entity))
      o.loaded?.(record.value!)
    } catch (e) {
      loadError.value = e instanceof ApiError ? e : new ApiError(0, null)
    }
  }
  watch(o.id, load, { immediate: true })

  // Someone else changed the record since it was loaded: the 409 carries it as it is now.
  const conflict = computed(() => (form.error.value?.code === 'version_conflict' && form.error.value.current ? form.error.value : null))

  /** After a conflict, at the person's request: the form shows the current version. */
  function reloadCurrent(): void {
    const current = conflict.value?.current
    if (!current) return
    fill(current as unknown as T)
    form.error.value = null
    note.value = t('conflict.reloaded')
  }

  async function submit(body: Record<string, unknown>): Promise<void> {
    note.value = ''
    const id = o.id()
    // An update names the version it was made against, so it cannot overwrite a change made since.
    const versioned = id && record.value?.version !== undefined ? { ...body, version: record.value.version } : body
    const saved = await form.run(async () => unwrap<T>(id ? await patch(`${o.api}/${id}`, versioned) : await post(o.api, body), o.entity))
    if (!saved) return
    if (!id) {
      flash(t('common.created'))
      await router.replace({ name: o.entity, params: { id: saved.id } })
    } else {
      fill(saved)
      note.value = t('common.saved')
    }
  }

  async function toggle(): Promise<void> {
    const current = record.value
    if (!current) return
    toggling.value = true
    note.value = ''
    undo.value = null
    const updated = await form.run(() => setActive<T>(o.api, o.entity, current.id, !current.active, current.version))
    toggling.value = false
    if (updated) {
      fill({ ...current, ...updated })
      note.value = t(updated.active ? 'common.reactivated' : 'common.deactivated', { name: updated.name })
      if (!updated.active) undo.value = () => void toggle()
    }
  }

  return { ...form, record, note, loadError, toggling, formEl, isNew, undo, conflict, reloadCurrent, submit, toggle, fields: o.fields }
}

export type RecordFormState<T extends { id: string; active: boolean; name: string; version?: number }> = ReturnType<typeof useRecordForm<T>>
