// The app's one outbox and when it sends: at app start, when the network returns (the browser's
// `online` event), and after a failure with a growing delay (1 s, 2 s, 4 s… at most a minute).
// Forms call `saveOrQueue`: sent at once when the network is there and nothing waits before it,
// else kept here and sent later, in order.
import { computed, reactive } from 'vue'
import { ApiError, patch, post, put } from '../common/api'
import { backoffDelay, OUTBOX_PATHS, OUTBOX_PUT_PATHS, Outbox, type CreateKind, type OutboxEntry, type FlushStop, type PutKind } from './outbox'
import { sendToServer } from './send'
import { hasIndexedDb, indexedDbStore, memoryStore, wipeAll } from './store'
import { keepReferenceLists } from '../reference/useReferenceList'

/** The lists the forms that work offline offer (journal, families, contacts). */
const OFFLINE_LISTS = ['outreach_strategy', 'outreach_place_type', 'efficacy_rating', 'organization_category', 'networking_activity',
  'vulnerability_factor', 'family_closing_reason', 'contact_mode', 'accompaniment_element', 'accompaniment_obstacle'] as const

export const outboxState = reactive({
  entries: [] as OutboxEntry[],
  /** Why the last sending stopped: 'offline' (will retry), 'signed_out' (sign in again). */
  stop: 'done' as FlushStop,
  sending: false,
  /** The signed-in account: only its entries are shown and sent. */
  owner: '',
})

let box = new Outbox(hasIndexedDb() ? indexedDbStore() : memoryStore(), sendToServer)
let retryTimer: ReturnType<typeof setTimeout> | null = null
let failures = 0
/** Asked before sending after an offline start: a session and its CSRF token (auth/session.ts). */
type SessionCheck = () => Promise<FlushStop>
let ensureSession: SessionCheck = async () => 'done'

/** Entries of the signed-in account. */
export const ownEntries = computed(() => outboxState.entries.filter((e) => e.owner === outboxState.owner))
export const waitingCount = computed(() => ownEntries.value.length)
export const needsAttention = computed(() => ownEntries.value.filter((e) => e.state !== 'waiting' && e.state !== 'held').length)

async function reload(): Promise<void> {
  try {
    outboxState.entries = await box.entries()
  } catch (e) {
    console.warn('outbox unreadable', e)
  }
}

function scheduleRetry(): void {
  if (retryTimer) clearTimeout(retryTimer)
  failures++
  retryTimer = setTimeout(() => {
    retryTimer = null
    void sendNow()
  }, backoffDelay(failures))
}

/** Sends what waits (one sending at a time; see Outbox.flush). */
export async function sendNow(): Promise<void> {
  const owner = outboxState.owner
  if (!owner) return
  await reload()
  if (!ownEntries.value.some((e) => e.state === 'waiting' || e.state === 'held')) return
  outboxState.sending = true
  try {
    const ready = await ensureSession()
    if (ready !== 'done') {
      outboxState.stop = ready
      if (ready === 'offline') scheduleRetry()
      return
    }
    const result = await box.flush(owner)
    outboxState.stop = result.stop
    if (result.stop === 'offline') scheduleRetry()
    else failures = 0
  } finally {
    outboxState.sending = false
    await reload()
  }
}

/**
 * Called when an account is known (sign-in, app start): its entries are sent; for those who
 * record, the reference lists of the offline forms are loaded now, so they are kept on the phone.
 */
export async function startOutbox(userId: string, records: boolean, sessionCheck?: SessionCheck): Promise<void> {
  if (sessionCheck) ensureSession = sessionCheck
  if (records && navigator.onLine) keepReferenceLists(OFFLINE_LISTS)
  outboxState.owner = userId
  await reload()
  void sendNow()
  void refillShell()
}

/** A sign-out wiped the kept shell: the service worker keeps it again for this session. */
async function refillShell(): Promise<void> {
  if (typeof caches === 'undefined' || !navigator.serviceWorker?.controller) return
  const kept = (await caches.keys()).some((k) => k.startsWith('filet-shell-'))
  if (!kept) navigator.serviceWorker.controller.postMessage('precache')
}

export type Saved<T> = { queued: false; record: T } | { queued: true; entry: OutboxEntry }

/**
 * Online with nothing waiting: `send` now, and the form gets the record or the API's error as
 * before (a 409 shows its conflict notice). Offline, or when the network fails on the way, or
 * when older entries still wait (so the order holds): `keep` in the outbox; the form says so.
 */
async function sendOrKeep<T>(send: () => Promise<T>, keep: () => Promise<OutboxEntry>): Promise<Saved<T>> {
  await reload()
  const queueFirst = !navigator.onLine || ownEntries.value.some((e) => e.state === 'waiting' || e.state === 'held')
  if (!queueFirst) {
    try {
      return { queued: false, record: await send() }
    } catch (e) {
      if (!(e instanceof ApiError) || e.status !== 0) throw e
    }
  }
  const entry = await keep()
  await reload()
  if (navigator.onLine) void sendNow()
  return { queued: true, entry }
}

/** A create from a form (POST). */
export function saveOrQueue<T>(kind: CreateKind, body: Record<string, unknown>): Promise<Saved<T>> {
  return sendOrKeep(() => post<T>(OUTBOX_PATHS[kind], body), () => box.enqueue(kind, outboxState.owner, body))
}

/**
 * An edit from a record's page (`changes` with the `version` of `loaded`, PATCH). Kept offline, a
 * conflict found when it is sent is shown in the outbox, for the person to settle.
 */
export function saveOrQueueUpdate<T>(kind: CreateKind, loaded: Record<string, unknown>, changes: Record<string, unknown>): Promise<Saved<T>> {
  return sendOrKeep(
    () => patch<T>(`${OUTBOX_PATHS[kind]}/${String(loaded.id)}`, changes),
    () => box.enqueueUpdate(kind, outboxState.owner, loaded, changes),
  )
}

/** A session's attendance or logbook, sent whole (PUT) with the version of `loaded`. */
export function saveOrQueuePut<T>(kind: PutKind, sessionId: string, loaded: Record<string, unknown>, body: Record<string, unknown>): Promise<Saved<T>> {
  return sendOrKeep(
    () => put<T>(OUTBOX_PUT_PATHS[kind](sessionId), body),
    () => box.enqueuePut(kind, outboxState.owner, sessionId, loaded, body),
  )
}

/** A conflict settled for the person's own version: sent again over the server's current one. */
export async function keepMine(seq: number): Promise<void> {
  await box.keepMine(seq)
  failures = 0
  await sendNow()
}

export async function fixEntry(seq: number, changes: Record<string, unknown>): Promise<void> {
  await box.fix(seq, changes)
  failures = 0
  await sendNow()
}

export async function discardEntry(seq: number): Promise<void> {
  await box.discard(seq)
  await reload()
  void sendNow()
}

/** Sign-out: the outbox and every cache of this app go; nothing stays on the phone. */
export async function wipeOffline(): Promise<void> {
  outboxState.owner = ''
  if (retryTimer) clearTimeout(retryTimer)
  retryTimer = null
  await box.clear().catch(() => {})
  await wipeAll()
  box = new Outbox(hasIndexedDb() ? indexedDbStore() : memoryStore(), sendToServer)
  outboxState.entries = []
  outboxState.stop = 'done'
  if (typeof caches !== 'undefined') for (const key of await caches.keys()) await caches.delete(key)
}

if (typeof window !== 'undefined') {
  window.addEventListener('online', () => {
    failures = 0
    void sendNow()
  })
}
