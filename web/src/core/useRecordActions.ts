// What every record form of the core module does once its body is ready: create or update,
// then go to the new record or show "saved"; and deactivate or reactivate the record.
import { ref, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRouter } from 'vue-router'
import { patch, post } from '../common/api'
import { setActive, unwrap } from '../common/entity'
import { flash } from '../common/flash'

interface Options<T> {
  path: string // e.g. /organizations
  entity: string // the key of the record in API responses, e.g. organization
  id: () => string | undefined // undefined while creating
  record: Ref<T | null>
  fill: (record: T) => void
  note: Ref<string>
  toggling: Ref<boolean>
  run: <R>(fn: () => Promise<R>) => Promise<R | undefined>
}

export function useRecordActions<T extends { id: string; active: boolean; name: string }>(o: Options<T>) {
  const { t } = useI18n()
  const router = useRouter()
  // After a deactivation: takes it back (a deactivation acts at the first click).
  const undo = ref<(() => void) | null>(null)

  async function submit(body: Record<string, unknown>): Promise<void> {
    const id = o.id()
    const saved = await o.run(async () =>
      unwrap<T>(id ? await patch(`${o.path}/${id}`, body) : await post(o.path, body), o.entity),
    )
    if (!saved) return
    if (!id) {
      flash(t('common.created'))
      await router.replace(`${o.path}/${saved.id}`)
    } else {
      o.fill(saved)
      o.note.value = t('common.saved')
    }
  }

  async function toggle(): Promise<void> {
    const current = o.record.value
    if (!current) return
    o.toggling.value = true
    o.note.value = ''
    undo.value = null
    const updated = await o.run(() => setActive<T>(o.path, o.entity, current.id, !current.active))
    o.toggling.value = false
    if (updated) {
      o.fill({ ...current, ...updated })
      o.note.value = t(updated.active ? 'common.reactivated' : 'common.deactivated', { name: updated.name })
      if (!updated.active) undo.value = () => void toggle()
    }
  }

  return { submit, toggle, undo }
}
