// Loading what a page, or a part of it, shows: `loaded` once an answer (or a failure) came, so
// that "nothing yet" is not said while waiting; the error kept for ErrorAlert, cleared each time.
import { ref } from 'vue'
import type { ApiError } from './api'
import { asApiError } from './useAction'

export function useLoad(fetch: () => Promise<void>) {
  const error = ref<ApiError | null>(null)
  const loaded = ref(false)

  async function load(): Promise<void> {
    error.value = null
    try {
      await fetch()
    } catch (e) {
      error.value = asApiError(e)
    } finally {
      loaded.value = true
    }
  }

  return { error, loaded, load }
}
