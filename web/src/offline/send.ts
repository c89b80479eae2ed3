// How the outbox sends one entry: a POST through the app's API client (CSRF header, same origin),
// quiet on 401 (the outbox says "sign in again" instead of leaving the page).
import { ApiError, post } from '../common/api'
import type { OutboxError, SendOutcome } from './outbox'

export function asOutboxError(e: unknown): OutboxError {
  const a = e instanceof ApiError ? e : new ApiError(0, null)
  return { status: a.status, code: a.code, message_fr: a.messageFr, message_en: a.messageEn, fields: a.fields.map((f) => ({ ...f })) }
}

export async function sendToServer(path: string, body: Record<string, unknown>): Promise<SendOutcome> {
  try {
    await post<unknown>(path, body, { quiet401: true })
    return { ok: true }
  } catch (e) {
    return { ok: false, error: asOutboxError(e) }
  }
}
