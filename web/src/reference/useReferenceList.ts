// The active entries of a reference list for a select, labelled in the interface's language:
//   const strategies = useReferenceList('outreach_strategy')
//   <FormField type="select" :options="strategies.options.value" … />
// Records store the code; labelOf(code) reads it back, a retired entry's label included (asked
// from the server by code, since retired entries are no longer in the list).
import { computed, reactive, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ApiError, call } from '../common/api'
import { readMeta, writeMeta } from '../offline/store'
import { inLanguage, type ReferenceEntry, type ReferenceListWithEntries } from './types'

// One request per list per page load, shared by every form that asks.
const loaded = new Map<string, Promise<ReferenceListWithEntries>>()
const byCode = reactive(new Map<string, ReferenceEntry | null>())

function fetchList(key: string): Promise<ReferenceListWithEntries> {
  let pending = loaded.get(key)
  if (!pending) {
    // Kept on the phone (codes and labels, no one's data) so that forms offer them offline;
    // wiped with the outbox at sign-out.
    pending = call<ReferenceListWithEntries>('GET', `/reference-lists/${encodeURIComponent(key)}`).then(
      (list) => {
        void writeMeta(`reference-list/${key}`, JSON.parse(JSON.stringify(list))).catch(() => {})
        return list
      },
      async (e) => {
        const kept = e instanceof ApiError && e.status === 0 ? await readMeta<ReferenceListWithEntries>(`reference-list/${key}`).catch(() => null) : null
        if (kept) return kept
        throw e
      },
    )
    pending.catch(() => loaded.delete(key))
    loaded.set(key, pending)
  }
  return pending
}

/** Loads these lists now (and so keeps them on the phone) for forms opened later without network. */
export function keepReferenceLists(keys: readonly string[]): void {
  for (const key of keys) fetchList(key).catch(() => {})
}

/** Forgets what was loaded (after an admin changed a list). */
export function forgetReferenceLists(): void {
  loaded.clear()
  byCode.clear()
}

export function useReferenceList(key: string) {
  const { locale } = useI18n()
  const entries = ref<ReferenceEntry[]>([])
  const error = ref<ApiError | null>(null)
  const loading = ref(true)

  fetchList(key)
    .then((list) => {
      entries.value = list.entries
      for (const e of list.entries) byCode.set(`${key}/${e.code}`, e)
    })
    .catch((e) => (error.value = e instanceof ApiError ? e : new ApiError(0, null)))
    .finally(() => (loading.value = false))

  const options = computed(() => entries.value.map((e) => ({ value: e.code, label: inLanguage(e, locale.value) })))

  function labelOf(code: string): string {
    if (!code) return ''
    const id = `${key}/${code}`
    if (!byCode.has(id)) {
      byCode.set(id, null)
      call<ReferenceEntry>('GET', `/reference-lists/${encodeURIComponent(key)}/entries/${encodeURIComponent(code)}`)
        .then((e) => byCode.set(id, e))
        .catch(() => {})
    }
    const entry = byCode.get(id)
    return entry ? inLanguage(entry, locale.value) : code
  }

  return { entries, options, labelOf, loading, error }
}
