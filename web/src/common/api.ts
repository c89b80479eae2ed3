// The one HTTP client of the app: same-origin JSON calls to /api/v1 with the CSRF header.
import type { ErrorBody, FieldError } from './types'

export const API = '/api/v1'
export const PUBLIC_API = '/api/public'

export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly messageFr: string
  readonly messageEn: string
  readonly fields: FieldError[]
  readonly requestId: string | null
  /** version_conflict (409): the record as it is now, someone else having changed it. */
  readonly current: Record<string, unknown> | null

  constructor(status: number, body: Partial<ErrorBody> | null) {
    const e = body?.error
    super(e?.message_en || `HTTP ${status}`)
    this.status = status
    this.code = e?.code || (status === 0 ? 'network' : 'http_' + status)
    this.messageFr = e?.message_fr || fallbackFr(status)
    this.messageEn = e?.message_en || fallbackEn(status)
    this.fields = Array.isArray(e?.fields) ? e!.fields! : []
    this.requestId = body?.request_id || null
    this.current = e?.current && typeof e.current === 'object' ? e.current : null
  }
}

function fallbackFr(status: number): string {
  if (status === 0) return 'Le serveur est injoignable. Vérifiez votre connexion et réessayez.'
  return `Le serveur a répondu par une erreur (${status}). Réessayez plus tard.`
}
function fallbackEn(status: number): string {
  if (status === 0) return 'The server cannot be reached. Check your connection and try again.'
  return `The server answered with an error (${status}). Try again later.`
}

let csrfToken = ''
export function setCsrfToken(token: string): void {
  csrfToken = token
}

type UnauthorizedHandler = () => void
let onUnauthorized: UnauthorizedHandler = () => {}
export function setUnauthorizedHandler(h: UnauthorizedHandler): void {
  onUnauthorized = h
}

export interface CallOptions {
  /** Do not send the user to the login page on 401 (login itself, session probe). */
  quiet401?: boolean
  signal?: AbortSignal
  /** Another API root than /api/v1: the public pages' /api/public. */
  base?: string
}

export type Query = Record<string, string | number | boolean | null | undefined>

export function withQuery(path: string, query?: Query): string {
  if (!query) return path
  const qs = new URLSearchParams()
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue
    qs.set(k, String(v))
  }
  const s = qs.toString()
  return s ? `${path}?${s}` : path
}

export async function call<T>(method: string, path: string, body?: unknown, opts: CallOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['X-CSRF-Token'] = csrfToken
  let res: Response
  try {
    res = await fetch((opts.base ?? API) + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal: opts.signal,
    })
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err
    throw new ApiError(0, null)
  }
  if (res.status === 204) return undefined as T
  let data: unknown = null
  const text = await res.text()
  if (text) {
    try {
      data = JSON.parse(text)
    } catch {
      data = null
    }
  }
  if (!res.ok) {
    const error = new ApiError(res.status, data as ErrorBody | null)
    if (res.status === 401 && !opts.quiet401) onUnauthorized()
    throw error
  }
  return data as T
}

export const get = <T>(path: string, query?: Query, opts?: CallOptions) => call<T>('GET', withQuery(path, query), undefined, opts)
export const post = <T>(path: string, body: unknown, opts?: CallOptions) => call<T>('POST', path, body, opts)
export const put = <T>(path: string, body: unknown, opts?: CallOptions) => call<T>('PUT', path, body, opts)
export const patch = <T>(path: string, body: unknown, opts?: CallOptions) => call<T>('PATCH', path, body, opts)
export const del = <T>(path: string, opts?: CallOptions) => call<T>('DELETE', path, undefined, opts)
