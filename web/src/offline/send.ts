// How the outbox sends: one POST /api/v1/batch through the app's API client (CSRF header, same
// origin), quiet on 401 (the outbox says "sign in again" instead of leaving the page). The server
// runs each item through its own route, in order, in one transaction, and answers each one's
// status and body: a record, or the error envelope the route would have answered alone.
import { API, ApiError, post } from '../common/api'
import type { ErrorBody } from '../common/types'
import type { BatchRequest, BatchResults } from '../generated/api'
import type { BatchOutcome, OutboxError, OutboxRequest, SendOutcome } from './outbox'

export function asOutboxError(e: unknown): OutboxError {
  const a = e instanceof ApiError ? e : new ApiError(0, null)
  return { status: a.status, code: a.code, message_fr: a.messageFr, message_en: a.messageEn, fields: a.fields.map((f) => ({ ...f })), current: a.current }
}

/** One item's answer as the outbox reads it. */
export function outcomeOf(status: number, body: Record<string, unknown>): SendOutcome {
  if (status >= 200 && status < 300) return { ok: true }
  return { ok: false, error: asOutboxError(new ApiError(status, body as Partial<ErrorBody>)) }
}

export async function sendToServer(requests: OutboxRequest[]): Promise<BatchOutcome> {
  try {
    const batch: BatchRequest = { items: requests.map((r) => ({ ...r, path: `${API}${r.path}` })) }
    const answer = await post<BatchResults>('/batch', batch, { quiet401: true })
    return { ok: true, results: answer.results.map((r) => outcomeOf(r.status, r.body)) }
  } catch (e) {
    return { ok: false, error: asOutboxError(e) }
  }
}
