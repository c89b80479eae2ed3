// Saving a part of a session (attendance, logbook, minutes): sent whole with the version it was
// loaded at, or kept in the phone's outbox without network (offline/sync.ts). The page says which
// in `saved`, and shows the record as the server kept it.
import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { useAction } from '../common/useAction'
import type { PutKind } from '../offline/outbox'
import { saveOrQueuePut } from '../offline/sync'

export function useSessionSave() {
  const { t } = useI18n()
  const { error, busy, run } = useAction()
  const saved = ref('')

  /** `fill`: shows the record saved; `savedKey`: the message that says it was saved. */
  async function save<T extends object>(kind: PutKind, sessionId: string, loaded: T, body: Record<string, unknown>, fill: (record: T) => void, savedKey: string): Promise<void> {
    saved.value = ''
    await run(async () => {
      const result = await saveOrQueuePut<T>(kind, sessionId, { ...loaded } as Record<string, unknown>, body)
      if (result.queued) saved.value = t('groups.keptOffline', { what: t(`groups.keptWhat.${kind}`) })
      else {
        fill(result.record)
        saved.value = t(savedKey)
      }
    })
  }

  return { error, busy, saved, save }
}
