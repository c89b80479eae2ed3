// Where the outbox keeps its entries: IndexedDB (survives closing the app and the phone going to
// sleep), or memory when the browser offers no IndexedDB (then entries last as long as the page).
// A few lines of IndexedDB rather than a library: one object store, four operations.
import type { OutboxEntry, OutboxStore } from './outbox'

const DB_NAME = 'filet-outbox'
const ENTRIES = 'entries'
const META = 'meta'

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result)
    r.onerror = () => reject(r.error)
  })
}

let opening: Promise<IDBDatabase> | null = null
function open(): Promise<IDBDatabase> {
  if (!opening) {
    const r = indexedDB.open(DB_NAME, 1)
    r.onupgradeneeded = () => {
      r.result.createObjectStore(ENTRIES, { keyPath: 'seq', autoIncrement: true })
      r.result.createObjectStore(META)
    }
    opening = request(r)
    opening.catch(() => (opening = null))
  }
  return opening
}

async function inStore<T>(name: string, mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open()
  const tx = db.transaction(name, mode)
  const result = request(fn(tx.objectStore(name)))
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onerror = () => reject(tx.error)
    tx.onabort = () => reject(tx.error)
  })
  return result
}

export function indexedDbStore(): OutboxStore {
  return {
    all: () => inStore(ENTRIES, 'readonly', (s) => s.getAll() as IDBRequest<OutboxEntry[]>),
    async put(entry) {
      const seq = await inStore(ENTRIES, 'readwrite', (s) => s.put(entry))
      return { ...entry, seq: Number(seq) }
    },
    remove: (seq) => inStore(ENTRIES, 'readwrite', (s) => s.delete(seq)).then(() => {}),
    clear: () => inStore(ENTRIES, 'readwrite', (s) => s.clear()).then(() => {}),
  }
}

/** The same four operations in memory, oldest first. */
export function memoryStore(): OutboxStore {
  const rows = new Map<number, OutboxEntry>()
  let next = 1
  return {
    all: async () => [...rows.values()].sort((a, b) => a.seq! - b.seq!).map((e) => structuredClone(e)),
    async put(entry) {
      const stored = { ...structuredClone(entry), seq: entry.seq ?? next++ }
      rows.set(stored.seq, stored)
      return structuredClone(stored)
    },
    remove: async (seq) => void rows.delete(seq),
    clear: async () => rows.clear(),
  }
}

export const hasIndexedDb = (): boolean => typeof indexedDB !== 'undefined'

/** A small value beside the entries (the account that recorded them); null when none. */
export async function readMeta<T>(key: string): Promise<T | null> {
  if (!hasIndexedDb()) return null
  return ((await inStore(META, 'readonly', (s) => s.get(key))) as T | undefined) ?? null
}

export async function writeMeta(key: string, value: unknown): Promise<void> {
  if (!hasIndexedDb()) return
  await inStore(META, 'readwrite', (s) => s.put(value, key))
}

/** Sign-out: the whole database goes (entries and meta). */
export async function wipeAll(): Promise<void> {
  if (!hasIndexedDb()) return
  if (opening) {
    ;(await opening.catch(() => null))?.close()
    opening = null
  }
  await new Promise<void>((resolve) => {
    const r = indexedDB.deleteDatabase(DB_NAME)
    r.onsuccess = r.onerror = r.onblocked = () => resolve()
  })
}
