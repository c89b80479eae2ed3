// The outbox: creates recorded on the phone without network wait here, in the order they were
// made, until the server has them. Each carries the id the phone made (crypto.randomUUID), and the
// server answers a create it already has with the record it stored ("client-made ids",
// ARCHITECTURE.md), so sending again after a lost answer records nothing twice. An entry leaves
// the outbox only once the server has answered 2xx for it.
//
// Edits made offline wait here too (outreach and networking entries, a family's pseudonymous
// fields): each names the version of the record it was made against, so a record changed
// elsewhere meanwhile comes back as a conflict (409 with the current record) for the person to
// settle — keep theirs (sent again over the current version) or take the server's — and is never
// overwritten without their choice.
//
// Pure logic over two parts given to it: where entries are kept (store.ts: IndexedDB, or memory
// when the browser has none) and how a batch of them is sent (send.ts: POST /api/v1/batch, which
// runs each through its own route in one transaction on the server).

/** What may wait in the outbox: creates only, of records without identity. */
export const OUTBOX_PATHS = {
  outreach: '/journal/outreach',
  networking: '/journal/networking',
  family: '/families',
  contact: '/family-contacts',
} as const
export type CreateKind = keyof typeof OUTBOX_PATHS
/**
 * What a facilitator's phone keeps for a session (its id): attendance, the logbook and the
 * meeting's record (length, minutes, decisions), each sent
 * whole (PUT) with the version it was made against.
 */
export const OUTBOX_PUT_PATHS = {
  attendance: (sessionId: string) => `/group-sessions/${sessionId}/attendance`,
  logbook: (sessionId: string) => `/group-sessions/${sessionId}/logbook`,
  minutes: (sessionId: string) => `/group-sessions/${sessionId}/minutes`,
} as const
export type PutKind = keyof typeof OUTBOX_PUT_PATHS
export type OutboxKind = CreateKind | PutKind
/** Kinds whose edits may wait in the outbox (PATCH with the record's version). */
export const EDITABLE_OFFLINE: readonly OutboxKind[] = ['outreach', 'networking', 'family']
/** How many entries go in one sending (the server takes up to 100 items in a batch). */
export const BATCH_SIZE = 50

/** Identity fields are never written to the phone's storage (ARCHITECTURE.md, offline outbox). */
export const IDENTITY_FIELDS = ['names', 'phone', 'address', 'identifying_notes'] as const

export interface OutboxError {
  status: number
  code: string
  message_fr: string
  message_en: string
  fields: { field: string; code: string; message_fr: string; message_en: string }[]
  /** A 409 version_conflict: the record as it is now on the server (never identity). */
  current?: Record<string, unknown> | null
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
  /** The record's id: made on the phone for a create, the record's own for an update. */
  id: string
  kind: OutboxKind
  /** A create (the default, also of entries kept before edits could wait), an update, or a put (a session's attendance or logbook, sent whole). */
  op?: 'create' | 'update' | 'put'
  /** An update or put: the record as the person loaded it, before their change (never identity). */
  loaded?: Record<string, unknown>
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

/** What became of one entry: stored (2xx), or an answer that tells why not. */
export type SendOutcome = { ok: true } | { ok: false; error: OutboxError }

/** One entry as a request: its method, path (under /api/v1) and body. */
export interface OutboxRequest {
  method: 'POST' | 'PATCH' | 'PUT'
  path: string
  body: Record<string, unknown>
}

/**
 * What became of a batch: each entry's outcome in order (a list shorter than the batch when the
 * server stopped after a passing failure), or the batch's own failure (no network, no session).
 */
export type BatchOutcome = { ok: true; results: SendOutcome[] } | { ok: false; error: OutboxError }

export type Send = (requests: OutboxRequest[]) => Promise<BatchOutcome>

export function requestOf(entry: OutboxEntry): OutboxRequest {
  if (entry.op === 'put') return { method: 'PUT', path: OUTBOX_PUT_PATHS[entry.kind as PutKind](entry.id), body: entry.body }
  const path = OUTBOX_PATHS[entry.kind as CreateKind]
  return entry.op === 'update' ? { method: 'PATCH', path: `${path}/${entry.id}`, body: entry.body } : { method: 'POST', path, body: entry.body }
}

/** Edits sent over a version (an update, a put): a conflict may be settled for the person's. */
export const overVersion = (entry: OutboxEntry) => entry.op === 'update' || entry.op === 'put'

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

function refuseIdentity(body: Record<string, unknown>): void {
  const identity = IDENTITY_FIELDS.filter((f) => f in body)
  if (identity.length) throw new Error(`outbox: identity fields are never stored on the phone (${identity.join(', ')})`)
}

/** A record kept beside an entry (loaded, current) without any identity field. */
function withoutIdentity(record: Record<string, unknown> | null | undefined): Record<string, unknown> | null {
  if (!record) return null
  const copy = asJson(record)
  for (const f of IDENTITY_FIELDS) delete copy[f]
  delete copy.identity
  return copy
}

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
  async enqueue(kind: CreateKind, owner: string, body: Record<string, unknown>, now = new Date()): Promise<OutboxEntry> {
    if (!(kind in OUTBOX_PATHS)) throw new Error(`outbox: unknown kind ${kind}`)
    if (typeof body.id !== 'string' || !body.id) throw new Error('outbox: a create needs the id made on the phone')
    refuseIdentity(body)
    return this.store.put({ id: body.id, kind, owner, op: 'create', body: asJson(body), recordedAt: now.toISOString(), state: 'waiting', attempts: 0, error: null })
  }

  /**
   * Keeps an edit for later: `changes` carries the `version` of `loaded`, the record as the person
   * opened it. A second edit of the same record while the first still waits joins it (same
   * version), so the person's own edits never conflict with each other.
   */
  async enqueueUpdate(kind: OutboxKind, owner: string, loaded: Record<string, unknown>, changes: Record<string, unknown>, now = new Date()): Promise<OutboxEntry> {
    if (!EDITABLE_OFFLINE.includes(kind)) throw new Error(`outbox: edits of ${kind} do not wait offline`)
    const id = loaded.id
    if (typeof id !== 'string' || !id) throw new Error('outbox: an edit needs the record it changes')
    if (typeof changes.version !== 'number') throw new Error('outbox: an edit needs the version it was made against')
    return this.keepEdit('update', kind, id, owner, loaded, changes, now)
  }

  /**
   * Keeps a session's attendance or logbook for later, whole, with the version of `loaded` (none
   * for a logbook not written yet). A second save of the same while the first still waits
   * replaces it, over the first one's version.
   */
  async enqueuePut(kind: PutKind, owner: string, sessionId: string, loaded: Record<string, unknown>, body: Record<string, unknown>, now = new Date()): Promise<OutboxEntry> {
    if (!(kind in OUTBOX_PUT_PATHS)) throw new Error(`outbox: unknown kind ${kind}`)
    if (!sessionId) throw new Error('outbox: a put needs the session it is of')
    return this.keepEdit('put', kind, sessionId, owner, loaded, body, now)
  }

  private async keepEdit(op: 'update' | 'put', kind: OutboxKind, id: string, owner: string, loaded: Record<string, unknown>, changes: Record<string, unknown>, now: Date): Promise<OutboxEntry> {
    refuseIdentity(changes)
    const pending = (await this.store.all()).find((e) => e.op === op && e.kind === kind && e.id === id && e.owner === owner && e.state === 'waiting')
    if (pending) {
      const merged = op === 'put' ? { ...changes } : { ...pending.body, ...changes }
      if (pending.body.version === undefined) delete merged.version
      else merged.version = pending.body.version
      return this.store.put({ ...pending, body: asJson(merged), recordedAt: now.toISOString() })
    }
    return this.store.put({ id, kind, owner, op, loaded: withoutIdentity(loaded)!, body: asJson(changes), recordedAt: now.toISOString(), state: 'waiting', attempts: 0, error: null })
  }

  /**
   * Sends the owner's waiting entries, oldest first, in batches (each batch one request, applied
   * in order by the server). Stops at the first transient failure (so the order holds); a 4xx
   * marks that entry for the person and goes on with the next, except entries that name a family
   * still held in the outbox. One flush at a time: a second call while one runs gets the same
   * promise, so nothing is sent twice at once.
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
    const dependsOn = (e: OutboxEntry) => (typeof e.body.family_id === 'string' ? e.body.family_id : null)
    const entries = (await this.store.all()).filter((e) => e.owner === owner)
    let next = 0
    while (next < entries.length) {
      // The next batch: waiting entries in order, past those that need the person.
      const batch: OutboxEntry[] = []
      for (; next < entries.length && batch.length < BATCH_SIZE; next++) {
        const entry = entries[next]
        if (entry.state !== 'waiting' && entry.state !== 'held') {
          held.add(entry.id)
          continue
        }
        const family = dependsOn(entry)
        if (family && held.has(family)) {
          held.add(entry.id)
          if (entry.state !== 'held') await this.store.put({ ...entry, state: 'held' })
          continue
        }
        batch.push(entry)
      }
      if (!batch.length) break
      const outcome = await this.send(batch.map(requestOf))
      if (!outcome.ok) {
        const { status } = outcome.error
        if (status === 401) return { sent, stop: 'signed_out' }
        if (isTransient(status)) {
          await this.store.put({ ...batch[0], state: 'waiting', attempts: batch[0].attempts + 1, error: outcome.error })
          return { sent, stop: 'offline' }
        }
        // The batch itself refused (it should not be): each entry shows why, for the person.
        for (const entry of batch) await this.store.put({ ...entry, state: stateFor(status), attempts: entry.attempts + 1, error: outcome.error })
        return { sent, stop: 'done' }
      }
      for (let i = 0; i < batch.length; i++) {
        const entry = batch[i]
        const result = outcome.results[i]
        if (!result) return { sent, stop: 'offline' } // the server stopped before it: sent next time
        if (result.ok) {
          await this.store.remove(entry.seq!)
          sent++
          continue
        }
        const { status } = result.error
        const family = dependsOn(entry)
        if (family && held.has(family)) {
          // Its family was refused earlier in this batch: it waits for the person to settle that.
          held.add(entry.id)
          await this.store.put({ ...entry, state: 'held' })
          continue
        }
        if (status === 401) return { sent, stop: 'signed_out' }
        if (isTransient(status)) {
          await this.store.put({ ...entry, state: 'waiting', attempts: entry.attempts + 1, error: result.error })
          return { sent, stop: 'offline' }
        }
        held.add(entry.id)
        const error = { ...result.error, current: withoutIdentity(result.error.current) }
        await this.store.put({ ...entry, state: stateFor(status), attempts: entry.attempts + 1, error })
      }
    }
    return { sent, stop: 'done' }
  }

  /**
   * A conflicting edit, settled by the person in favour of theirs: sent again over the version the
   * server has now (whose record they were shown). Taking the server's is `discard`.
   */
  async keepMine(seq: number): Promise<void> {
    const entry = (await this.store.all()).find((e) => e.seq === seq)
    const version = entry?.error?.current?.version
    if (!entry || !overVersion(entry) || entry.state !== 'conflict' || typeof version !== 'number') return
    await this.store.put({ ...entry, loaded: entry.error!.current!, body: { ...entry.body, version }, state: 'waiting', error: null })
  }

  /** The person corrected an entry: it waits again, with its new values (never identity). */
  async fix(seq: number, changes: Record<string, unknown>): Promise<void> {
    const entry = (await this.store.all()).find((e) => e.seq === seq)
    if (!entry) return
    refuseIdentity(changes)
    const body = overVersion(entry) ? { ...entry.body, ...changes, version: entry.body.version } : { ...entry.body, ...changes, id: entry.id }
    await this.store.put({ ...entry, body: asJson(body), state: 'waiting', error: null })
  }

  discard(seq: number): Promise<void> {
    return this.store.remove(seq)
  }

  /** Sign-out, or another account signing in on this phone: nothing stays behind. */
  clear(): Promise<void> {
    return this.store.clear()
  }
}
