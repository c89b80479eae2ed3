// An action of a page that calls the API: busy while it runs (its button is disabled) and the
// API's error, or a network failure, kept for ErrorAlert. useForm adds field errors and focus.
import { ref } from 'vue'
import { ApiError } from './api'

/** What a failed call threw, as the ApiError ErrorAlert shows (status 0: the network failed). */
export const asApiError = (e: unknown): ApiError => (e instanceof ApiError ? e : new ApiError(0, null))

/** `onError`: after a failure is kept (useForm moves the focus to the problem). */
export function useAction(onError?: () => void) {
  const error = ref<ApiError | null>(null)
  const busy = ref(false)

  /** Runs `fn`: its result, or undefined once its error is kept. */
  async function run<T>(fn: () => Promise<T>): Promise<T | undefined> {
    busy.value = true
    error.value = null
    try {
      return await fn()
    } catch (e) {
      error.value = asApiError(e)
      onError?.()
      return undefined
    } finally {
      busy.value = false
    }
  }

  return { error, busy, run }
}
