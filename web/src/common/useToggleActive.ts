// Deactivate / reactivate a record from a list (PATCH {"active": …}), with a spoken confirmation
// and, after a deactivation, a way to take it back.
import { ref, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ApiError } from './api'
import { setActive } from './entity'
import { replaceItem } from './useList'

export function useToggleActive<T extends { id: string; name: string; active: boolean; version?: number }>(path: string, key: string, items: Ref<T[]>) {
  const { t } = useI18n()
  const note = ref('')
  const error = ref<ApiError | null>(null)
  const busyId = ref('')
  // After a deactivation: takes it back (a deactivation acts at the first click).
  const undo = ref<(() => void) | null>(null)

  async function toggle(item: T): Promise<void> {
    busyId.value = item.id
    note.value = ''
    error.value = null
    undo.value = null
    try {
      const updated = await setActive<T>(path, key, item.id, !item.active, item.version)
      const current = { ...item, ...updated }
      replaceItem(items, current)
      note.value = t(updated.active ? 'common.reactivated' : 'common.deactivated', { name: item.name })
      if (!updated.active) undo.value = () => void toggle(current)
    } catch (e) {
      error.value = e instanceof ApiError ? e : new ApiError(0, null)
    } finally {
      busyId.value = ''
    }
  }

  return { note, error, busyId, toggle, undo }
}
