import { describe, expect, it } from 'vitest'
import { reactive } from 'vue'
import { BATCH_SIZE, backoffDelay, isTransient, Outbox, type BatchOutcome, type OutboxError, type OutboxRequest, type SendOutcome } from './outbox'
import { memoryStore } from './store'

const err = (status: number, fields: OutboxError['fields'] = []): OutboxError => ({ status, code: `http_${status}`, message_fr: 'fr', message_en: 'en', fields })

/**
 * A server as the outbox sees it: a batch of creates by client-made id (the first write wins: a
 * resent create answers the stored record) and of versioned updates (a stale version is a 409 with
 * the current record), applied in order; it can be unreachable, lose a batch's answer, or answer a
 * given status for an id (a passing one, 5xx, ends the batch there).
 */
function server() {
  const stored = new Map<string, Record<string, unknown>>()
  const calls: string[] = []
  const batches: number[] = []
  const s = {
    stored,
    calls,
    batches,
    reachable: true,
    signedIn: true,
    answers: new Map<string, OutboxError>(),
    /** The batch's answer is lost on the way back when it holds one of these ids (all is stored all the same). */
    lostAnswers: new Set<string>(),
    one(r: OutboxRequest): SendOutcome {
      if (r.method === 'PUT') {
        // A session's attendance or logbook, replaced whole over its version (none before the first).
        calls.push(`PUT ${r.path}`)
        const record = stored.get(r.path)
        if ((record?.version ?? undefined) !== r.body.version) return { ok: false, error: { ...err(409), current: { ...record } } }
        stored.set(r.path, { ...r.body, version: Number(record?.version ?? 0) + 1 })
        return { ok: true }
      }
      const id = r.method === 'PATCH' ? r.path.split('/').pop()! : String(r.body.id)
      calls.push(r.method === 'PATCH' ? `PATCH ${r.path}` : `${r.path} ${id}`)
      const answer = s.answers.get(id)
      if (answer) return { ok: false, error: answer }
      if (r.method === 'POST') {
        const family = r.body.family_id
        if (typeof family === 'string' && !stored.has(family)) return { ok: false, error: err(422, [{ field: 'family_id', code: 'not_found', message_fr: '', message_en: '' }]) }
        if (!stored.has(id)) stored.set(id, { path: r.path, ...r.body, version: 1 })
        return { ok: true }
      }
      const record = stored.get(id)!
      if (r.body.version !== record.version) return { ok: false, error: { ...err(409), current: { ...record } } }
      stored.set(id, { ...record, ...r.body, version: Number(record.version) + 1 })
      return { ok: true }
    },
    async send(requests: OutboxRequest[]): Promise<BatchOutcome> {
      if (!s.reachable) return { ok: false, error: err(0) }
      if (!s.signedIn) return { ok: false, error: err(401) }
      batches.push(requests.length)
      const results: SendOutcome[] = []
      let lost = false
      for (const r of requests) {
        const outcome = s.one(r)
        results.push(outcome)
        if (s.lostAnswers.delete(String(r.body.id))) lost = true
        if (!outcome.ok && outcome.error.status >= 500) break
      }
      return lost ? { ok: false, error: err(0) } : { ok: true, results }
    },
  }
  return s
}

const setup = () => {
  const srv = server()
  const box = new Outbox(memoryStore(), (r) => srv.send(r))
  return { srv, box }
}

describe('outbox', () => {
  it('keeps entries offline and sends them in the order they were recorded', async () => {
    const { srv, box } = setup()
    srv.reachable = false
    await box.enqueue('outreach', 'u1', { id: 'a', parents_reached: 2 })
    await box.enqueue('networking', 'u1', { id: 'b' })
    await box.enqueue('family', 'u1', { id: 'c', adults: 1 })
    await box.enqueue('contact', 'u1', { id: 'd', family_id: 'c' })
    expect(await box.flush('u1')).toEqual({ sent: 0, stop: 'offline' })
    expect((await box.entries()).map((e) => [e.id, e.state])).toEqual([['a', 'waiting'], ['b', 'waiting'], ['c', 'waiting'], ['d', 'waiting']])
    expect((await box.entries())[0].attempts).toBe(1)

    srv.reachable = true
    expect(await box.flush('u1')).toEqual({ sent: 4, stop: 'done' })
    expect(srv.calls).toEqual(['/journal/outreach a', '/journal/networking b', '/families c', '/family-contacts d'])
    expect(await box.entries()).toEqual([])
  })

  it('keeps every entry of a batch whose answer was lost, and stops so that the order holds', async () => {
    const { srv, box } = setup()
    for (const id of ['a', 'b', 'c']) await box.enqueue('outreach', 'u1', { id })
    srv.lostAnswers.add('b')
    expect(await box.flush('u1')).toEqual({ sent: 0, stop: 'offline' })
    expect((await box.entries()).map((e) => e.id)).toEqual(['a', 'b', 'c'])
    expect(await box.flush('u1')).toEqual({ sent: 3, stop: 'done' })
    expect(srv.stored.size).toBe(3)
  })

  it('sends in batches, and after a passing failure of one entry keeps it and those after it', async () => {
    const { srv, box } = setup()
    const n = BATCH_SIZE * 2 + 5
    for (let i = 0; i < n; i++) await box.enqueue('outreach', 'u1', { id: `e${i}` })
    srv.answers.set('e60', err(503))
    expect(await box.flush('u1')).toEqual({ sent: BATCH_SIZE + 10, stop: 'offline' })
    expect(srv.batches).toEqual([BATCH_SIZE, BATCH_SIZE])
    expect((await box.entries())[0]).toMatchObject({ id: 'e60', state: 'waiting', attempts: 1 })
    srv.answers.delete('e60')
    expect(await box.flush('u1')).toEqual({ sent: n - BATCH_SIZE - 10, stop: 'done' })
    expect(srv.calls.filter((c) => c.endsWith(' e61'))).toHaveLength(1)
    expect(srv.stored.size).toBe(n)
  })

  it('records each entry exactly once, even when an answer was lost and the entry is sent again', async () => {
    const { srv, box } = setup()
    for (let i = 0; i < 20; i++) await box.enqueue('outreach', 'u1', { id: `e${i}` })
    srv.lostAnswers.add('e3')
    srv.lostAnswers.add('e11')
    let rounds = 0
    while ((await box.entries()).length && rounds++ < 10) await box.flush('u1')
    expect(await box.entries()).toEqual([])
    expect(srv.stored.size).toBe(20)
    expect(srv.calls.filter((c) => c.endsWith(' e3'))).toHaveLength(2)
  })

  it('sends an edit made offline with its version; a record changed elsewhere is a conflict the person settles', async () => {
    const { srv, box } = setup()
    srv.stored.set('r', { id: 'r', note: 'avant', efficacy: 2, version: 1 })
    const loaded = { id: 'r', note: 'avant', efficacy: 2, version: 1 }
    await box.enqueueUpdate('outreach', 'u1', loaded, { note: 'la mienne', version: 1 })
    // A second edit of the same record joins the first: the person's own edits never conflict.
    await box.enqueueUpdate('outreach', 'u1', loaded, { efficacy: 4, version: 1 })
    expect(await box.entries()).toHaveLength(1)
    // Meanwhile someone else changes it online.
    srv.stored.set('r', { id: 'r', note: 'la leur', efficacy: 2, version: 2 })
    expect(await box.flush('u1')).toEqual({ sent: 0, stop: 'done' })
    const [conflict] = await box.entries()
    expect(conflict).toMatchObject({ state: 'conflict', op: 'update', loaded, body: { note: 'la mienne', efficacy: 4, version: 1 } })
    expect(conflict.error?.current).toMatchObject({ note: 'la leur', version: 2 })
    // Never sent over without the person's choice.
    await box.flush('u1')
    expect(srv.stored.get('r')).toMatchObject({ note: 'la leur' })
    await box.keepMine(conflict.seq!)
    expect(await box.flush('u1')).toEqual({ sent: 1, stop: 'done' })
    expect(srv.stored.get('r')).toMatchObject({ note: 'la mienne', efficacy: 4, version: 3 })
    expect(srv.calls.filter((c) => c === 'PATCH /journal/outreach/r')).toHaveLength(2)
  })

  it('keeps a session’s attendance and logbook offline, the last save over the first version; a conflict is settled', async () => {
    const { srv, box } = setup()
    srv.reachable = false
    const path = '/group-sessions/s1/attendance'
    srv.stored.set(path, { present: [], version: 1 })
    const loaded = { session_id: 's1', present: [], version: 1 }
    await box.enqueuePut('attendance', 'f1', 's1', loaded, { present: ['p1'], version: 1 })
    await box.enqueuePut('attendance', 'f1', 's1', loaded, { present: ['p1', 'p2'], absent: ['p3'], version: 1 })
    // The logbook's first writing has no version.
    await box.enqueuePut('logbook', 'f1', 's1', { notes: '' }, { notes: 'Bon climat' })
    await box.enqueuePut('logbook', 'f1', 's1', { notes: '' }, { notes: 'Très bon climat' })
    const kept = await box.entries()
    expect(kept.map((e) => [e.kind, e.op])).toEqual([['attendance', 'put'], ['logbook', 'put']])
    expect(kept[0].body).toEqual({ present: ['p1', 'p2'], absent: ['p3'], version: 1 })
    expect(kept[1].body).toEqual({ notes: 'Très bon climat' })
    srv.reachable = true
    expect(await box.flush('f1')).toEqual({ sent: 2, stop: 'done' })
    expect(srv.calls).toEqual([`PUT ${path}`, 'PUT /group-sessions/s1/logbook'])
    expect(srv.stored.get(path)).toMatchObject({ present: ['p1', 'p2'], version: 2 })

    // Taken again elsewhere meanwhile: a conflict, never sent over; kept for the person's version.
    await box.enqueuePut('attendance', 'f1', 's1', loaded, { present: [], version: 1 })
    expect(await box.flush('f1')).toEqual({ sent: 0, stop: 'done' })
    const [conflict] = await box.entries()
    expect(conflict).toMatchObject({ state: 'conflict', op: 'put' })
    expect(conflict.error?.current).toMatchObject({ present: ['p1', 'p2'], version: 2 })
    await box.keepMine(conflict.seq!)
    expect(await box.flush('f1')).toEqual({ sent: 1, stop: 'done' })
    expect(srv.stored.get(path)).toMatchObject({ present: [], version: 3 })
  })

  it('takes the server’s version by discarding the edit; identity is never kept beside an edit', async () => {
    const { srv, box } = setup()
    srv.stored.set('f', { id: 'f', adults: 1, version: 5 })
    await expect(box.enqueueUpdate('family', 'u1', { id: 'f', version: 4 }, { phone: '555', version: 4 })).rejects.toThrow(/identity/)
    await expect(box.enqueueUpdate('contact', 'u1', { id: 'c', version: 1 }, { version: 1 })).rejects.toThrow(/do not wait/)
    await expect(box.enqueueUpdate('family', 'u1', { id: 'f', version: 4 }, { adults: 2 })).rejects.toThrow(/version/)
    await box.enqueueUpdate('family', 'u1', { id: 'f', adults: 1, version: 4, names: 'X' }, { adults: 2, version: 4 })
    const [kept] = await box.entries()
    expect(kept.loaded).not.toHaveProperty('names')
    await box.flush('u1')
    const [conflict] = await box.entries()
    expect(conflict.state).toBe('conflict')
    await box.discard(conflict.seq!)
    expect(await box.entries()).toEqual([])
    expect(srv.stored.get('f')).toMatchObject({ adults: 1, version: 5 })
  })

  it('runs one flush at a time: two calls together send each entry once', async () => {
    const { srv, box } = setup()
    for (const id of ['a', 'b', 'c']) await box.enqueue('outreach', 'u1', { id })
    const [x, y] = await Promise.all([box.flush('u1'), box.flush('u1')])
    expect(x).toEqual({ sent: 3, stop: 'done' })
    expect(y).toBe(x)
    expect(srv.calls).toEqual(['/journal/outreach a', '/journal/outreach b', '/journal/outreach c'])
  })

  it('marks a refused entry with its field errors and goes on; the person fixes and resends it', async () => {
    const { srv, box } = setup()
    await box.enqueue('outreach', 'u1', { id: 'a', parents_reached: -1 })
    await box.enqueue('outreach', 'u1', { id: 'b' })
    srv.answers.set('a', err(422, [{ field: 'parents_reached', code: 'out_of_range', message_fr: 'trop petit', message_en: 'too small' }]))
    expect(await box.flush('u1')).toEqual({ sent: 1, stop: 'done' })
    const [bad] = await box.entries()
    expect(bad.state).toBe('invalid')
    expect(bad.error?.fields[0].field).toBe('parents_reached')

    // Not sent again until fixed.
    await box.flush('u1')
    expect(srv.calls.filter((c) => c.endsWith(' a'))).toHaveLength(1)

    srv.answers.delete('a')
    await box.fix(bad.seq!, { parents_reached: 3, id: 'someone-else' })
    const [fixed] = await box.entries()
    expect(fixed).toMatchObject({ state: 'waiting', error: null, body: { id: 'a', parents_reached: 3 } })
    expect(await box.flush('u1')).toEqual({ sent: 1, stop: 'done' })
    expect(srv.stored.get('a')).toMatchObject({ parents_reached: 3 })
  })

  it('shows a conflict (409) and never sends over it; discarding removes it', async () => {
    const { srv, box } = setup()
    await box.enqueue('family', 'u1', { id: 'f' })
    srv.answers.set('f', err(409))
    await box.flush('u1')
    const [entry] = await box.entries()
    expect(entry.state).toBe('conflict')
    await box.flush('u1')
    expect(srv.calls).toHaveLength(1)
    await box.discard(entry.seq!)
    expect(await box.entries()).toEqual([])
  })

  it('holds a contact whose family is refused in the same batch, and sends it once the family is stored', async () => {
    const { srv, box } = setup()
    await box.enqueue('family', 'u1', { id: 'f', adults: 0 })
    await box.enqueue('contact', 'u1', { id: 'c', family_id: 'f' })
    await box.enqueue('outreach', 'u1', { id: 'o' })
    srv.answers.set('f', err(422, [{ field: 'adults', code: 'out_of_range', message_fr: '', message_en: '' }]))
    expect(await box.flush('u1')).toEqual({ sent: 1, stop: 'done' })
    expect((await box.entries()).map((e) => [e.id, e.state])).toEqual([['f', 'invalid'], ['c', 'held']])
    srv.answers.delete('f')
    await box.fix((await box.entries())[0].seq!, { adults: 2 })
    expect(await box.flush('u1')).toEqual({ sent: 2, stop: 'done' })
    expect(srv.calls.slice(-2)).toEqual(['/families f', '/family-contacts c'])
  })

  it('waits for a new sign-in on 401 and sends only the signed-in account’s entries', async () => {
    const { srv, box } = setup()
    await box.enqueue('outreach', 'u1', { id: 'a' })
    await box.enqueue('outreach', 'u2', { id: 'b' })
    srv.signedIn = false
    expect(await box.flush('u1')).toEqual({ sent: 0, stop: 'signed_out' })
    expect((await box.entries())[0].state).toBe('waiting')
    srv.signedIn = true
    expect(await box.flush('u1')).toEqual({ sent: 1, stop: 'done' })
    expect((await box.entries()).map((e) => e.id)).toEqual(['b'])
    await box.clear()
    expect(await box.entries()).toEqual([])
  })

  it('keeps a plain copy of what a form gave (its reactive arrays are proxies storage cannot clone)', async () => {
    const { box } = setup()
    const form = reactive({ adults: 2, vulnerability_factors: ['isolation'] })
    await box.enqueue('family', 'u1', { id: 'f', vulnerability_factors: form.vulnerability_factors, adults: form.adults })
    form.vulnerability_factors.push('housing')
    expect((await box.entries())[0].body).toEqual({ id: 'f', vulnerability_factors: ['isolation'], adults: 2 })
  })

  it('never keeps identity, nor a create without its id, nor another kind of record', async () => {
    const { box } = setup()
    await expect(box.enqueue('family', 'u1', { id: 'f', names: 'X' })).rejects.toThrow(/identity/)
    await expect(box.enqueue('outreach', 'u1', {})).rejects.toThrow(/id/)
    await expect(box.enqueue('identity' as never, 'u1', { id: 'f' })).rejects.toThrow(/kind/)
    const f = await box.enqueue('family', 'u1', { id: 'f' })
    await expect(box.fix(f.seq!, { phone: '555' })).rejects.toThrow(/identity/)
    expect(await box.entries()).toHaveLength(1)
  })

  it('retries later on network and server trouble, with a growing delay', () => {
    expect([0, 429, 500, 503].every(isTransient)).toBe(true)
    expect([400, 403, 404, 409, 422].some(isTransient)).toBe(false)
    expect([1, 2, 3, 4, 10].map(backoffDelay)).toEqual([1000, 2000, 4000, 8000, 60_000])
  })
})
