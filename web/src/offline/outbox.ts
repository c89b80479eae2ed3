// The outbox: creates recorded on the phone without network wait here, in the order they were
// made, until the server has them. Each carries the id the phone made (crypto.randomUUID), and the
// server answers a create it already has with the record it stored ("client-made ids",
// ARCHITECTURE.md), so sending again after a lost answer records nothing twice. An entry leaves
// the outbox only once the server has answered 2xx for it.
//
// Pure logic over two parts given to it: where entries are kept (store.ts: IndexedDB, or memory
// when the browser has none) and how one is sent (send.ts: the API client).

/** What may wait in the outbox: creates only, of records without identity. */
export const OUTBOX_PATHS = {
  outreach: '/journal/outreach',
  networking: '/journal/networking',
  family: '/families',
  contact: '/family-contacts',
} as const
export type OutboxKind = keyof typeof OUTBOX_PATHS

/** Identity fields are never written to the phone's storage (ARCHITECTURE.md, offline outbox). */
export const IDENTITY_FIELDS = ['names', 'phone', 'address', 'identifying_notes'] as const

export interface OutboxError {
  status: number
  code: string
  message_fr: string
  message_en: string
  fields: { field: string; code: string; message_fr: string; message_en: string }[]
}

/**
 * waiting: will be sent; invalid (422) or refused (other 4xx): the person fixes or discards it;
 * conflict (409): the id is known to the server as something this person cannot see, or the
 * record was changed elsewhere; shown, never overwritten; held: waits for an entry it depends on
 * (a contact with a family still in the outbox) that needs the person.
 */
export type OutboxState = 'waiting' | 'invalid' | 'refused' | 'conflict' | 'held'

export interface OutboxEntry {
  /** Order of recording (the store's auto-increment key). */
  seq?: number
  /** The record's id, made on the phone. */
  id: string
  kind: OutboxKind
  /** Whose entry: sent only while this account is signed in. */
  owner: string
  body: Record<string, unknown>
  recordedAt: string
  state: OutboxState
  attempts: number
  error: OutboxError | null
}

export interface OutboxStore {
  /** Every entry, oldest first. */
  all(): Promise<OutboxEntry[]>
  /** Adds an entry (gives it its seq) or replaces the one with that seq. */
  put(entry: OutboxEntry): Promise<OutboxEntry>
  remove(seq: number): Promise<void>
  clear(): Promise<void>
}

/** What became of one sending: stored (2xx), or an answer that tells why not. */
export type SendOutcome = { ok: true } | { ok: false; error: OutboxError }

export type Send = (path: string, body: Record<string, unknown>) => Promise<SendOutcome>

/** Why a flush stopped before the end: no network (or the server unwell), or no session. */
export type FlushStop = 'done' | 'offline' | 'signed_out'

export interface FlushResult {
  sent: number
  stop: FlushStop
}

/** Statuses that say "try again later" rather than "this entry is wrong". */
export function isTransient(status: number): boolean {
  return status === 0 || status === 408 || status === 429 || status >= 500
}

export function stateFor(status: number): OutboxState {
  if (status === 422 || status === 400) return 'invalid'
  if (status === 409) return 'conflict'
  return 'refused'
}

/** Delay before the n-th retry (1-based): 1 s, 2 s, 4 s… at most a minute. */
export function backoffDelay(attempt: number): number {
  return Math.min(60_000, 1000 * 2 ** Math.max(0, attempt - 1))
}

/** The body as it will go over the wire: plain JSON (a form's reactive arrays are proxies, which storage cannot clone). */
const asJson = (body: Record<string, unknown>): Record<string, unknown> => JSON.parse(JSON.stringify(body))

export class Outbox {
  private flushing: Promise<FlushResult> | null = null

  constructor(
    private readonly store: OutboxStore,
    private readonly send: Send,
  ) {}

  entries(): Promise<OutboxEntry[]> {
    return this.store.all()
  }

  /** Keeps a create for later. Refuses unknown kinds, a body without its id, and identity. */
  async enqueue(kind: OutboxKind, owner: string, body: Record<string, unknown>, now = new Date()): Promise<OutboxEntry> {
    if (!(kind in OUTBOX_PATHS)) throw new Error(`outbox: unknown kind ${kind}`)
    if (typeof body.id !== 'string' || !body.id) throw new Error('outbox: a create needs the id made on the phone')
    const identity = IDENTITY_FIELDS.filter((f) => f in body)
    if (identity.length) throw new Error(`outbox: identity fields are never stored on the phone (${identity.join(', ')})`)
    return this.store.put({ id: body.id, kind, owner, body: asJson(body), recordedAt: now.toISOString(), state: 'waiting', attempts: 0, error: null })
  }

  /**
   * Sends the owner's waiting entries, oldest first, one at a time. Stops at the first transient
   * failure (so the order holds); a 4xx marks that entry for the person and goes on with the
   * next, except entries that name a family still held in the outbox. One flush at a time: a
   * second call while one runs gets the same promise, so nothing is sent twice at once.
   */
  flush(owner: string): Promise<FlushResult> {
    if (!this.flushing) {
      this.flushing = this.run(owner).finally(() => {
        this.flushing = null
      })
    }
    return this.flushing
  }

  private async run(owner: string): Promise<FlushResult> {
    let sent = 0
    const held = new Set<string>()
    for (const entry of await this.store.all()) {
      if (entry.owner !== owner) continue
      const dependsOn = typeof entry.body.family_id === 'string' ? entry.body.family_id : null
      if (entry.state !== 'waiting' && entry.state !== 'held') {
        held.add(entry.id)
        continue
      }
      if (dependsOn && held.has(dependsOn)) {
        held.add(entry.id)
        if (entry.state !== 'held') await this.store.put({ ...entry, state: 'held' })
        continue
      }
      const outcome = await this.send(OUTBOX_PATHS[entry.kind], entry.body)
      if (outcome.ok) {
        await this.store.remove(entry.seq!)
        sent++
        continue
      }
      const { status } = outcome.error
      if (status === 401) return { sent, stop: 'signed_out' }
      if (isTransient(status)) {
        await this.store.put({ ...entry, state: 'waiting', attempts: entry.attempts + 1, error: outcome.error })
        return { sent, stop: 'offline' }
      }
      held.add(entry.id)
      await this.store.put({ ...entry, state: stateFor(status), attempts: entry.attempts + 1, error: outcome.error })
    }
    return { sent, stop: 'done' }
  }

  /** The person corrected an entry: it waits again, with its new values (never identity). */
  async fix(seq: number, changes: Record<string, unknown>): Promise<void> {
    const entry = (await this.store.all()).find((e) => e.seq === seq)
    if (!entry) return
    const identity = IDENTITY_FIELDS.filter((f) => f in changes)
    if (identity.length) throw new Error(`outbox: identity fields are never stored on the phone (${identity.join(', ')})`)
    await this.store.put({ ...entry, body: asJson({ ...entry.body, ...changes, id: entry.id }), state: 'waiting', error: null })
  }

  discard(seq: number): Promise<void> {
    return this.store.remove(seq)
  }

  /** Sign-out, or another account signing in on this phone: nothing stays behind. */
  clear(): Promise<void> {
    return this.store.clear()
  }
}
