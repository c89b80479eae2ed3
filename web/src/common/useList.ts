// A paginated, searchable list bound to the page's URL (?q=&active=&page=…),
// so reload, back and shared links keep the same view.
import { reactive, ref, watch, type Ref } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { ApiError, get, type Query } from './api'
import type { Paged } from './types'

export const PER_PAGE = 25

export interface ListOptions {
  /** Extra API parameters that are not part of the address (e.g. lang); a change reloads. */
  params?: () => Query
}

export function useList<T>(path: string, extraKeys: string[] = [], options: ListOptions = {}) {
  const route = useRoute()
  const router = useRouter()
  const routeName = route.name

  const filters = reactive<Record<string, string>>({ q: '', active: '' })
  for (const k of extraKeys) filters[k] = ''
  const page = ref(1)
  const items = ref([]) as Ref<T[]>
  const total = ref(0)
  const loading = ref(false)
  const loaded = ref(false)
  const error = ref<ApiError | null>(null)
  // The last answer as a whole, for fields beyond the list (e.g. the search's corrected_query).
  const response = ref<Record<string, unknown> | null>(null)
  let controller: AbortController | null = null

  function readRoute(): void {
    const qy = route.query
    for (const k of Object.keys(filters)) filters[k] = typeof qy[k] === 'string' ? (qy[k] as string) : ''
    const p = Number(qy.page)
    page.value = Number.isInteger(p) && p > 0 ? p : 1
  }

  async function load(): Promise<void> {
    controller?.abort()
    const mine = new AbortController()
    controller = mine
    loading.value = true
    error.value = null
    try {
      const query = { ...filters, ...(options.params?.() ?? {}), page: page.value, per_page: PER_PAGE }
      const res = await get<Paged<T>>(path, query, { signal: mine.signal })
      items.value = res.items ?? []
      total.value = res.total ?? items.value.length
      response.value = res as unknown as Record<string, unknown>
      loaded.value = true
    } catch (e) {
      if ((e as Error).name === 'AbortError') return
      error.value = e instanceof ApiError ? e : new ApiError(0, null)
      items.value = []
      total.value = 0
      response.value = null
    } finally {
      if (controller === mine) loading.value = false
    }
  }

  function push(p: number): void {
    const query: Record<string, string> = {}
    for (const [k, v] of Object.entries(filters)) if (v) query[k] = v.trim()
    if (p > 1) query.page = String(p)
    const same = JSON.stringify(query) === JSON.stringify(route.query)
    if (same) void load()
    else void router.push({ query })
  }

  watch(
    () => route.query,
    () => {
      if (route.name !== routeName) return
      readRoute()
      void load()
    },
    { immediate: true },
  )
  if (options.params) {
    watch(
      () => JSON.stringify(options.params!()),
      () => {
        if (route.name === routeName) void load()
      },
    )
  }

  return {
    filters,
    page,
    items,
    total,
    loading,
    loaded,
    error,
    response,
    reload: load,
    search: () => push(1),
    goTo: (p: number) => push(p),
  }
}

/** Replaces one item of a list after the server answered with its new state. */
export function replaceItem<T extends { id: string }>(list: Ref<T[]>, updated: T): void {
  list.value = list.value.map((x) => (x.id === updated.id ? updated : x))
}

/** What a page's list holds and does (CardList.vue shows it). */
export type ListState<T> = ReturnType<typeof useList<T>>
