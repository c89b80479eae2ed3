import { describe, expect, it } from 'vitest'
import { draftKey, isShown, loadDraft, missingRequired, saveDraft, shownAnswers, shownItems } from './respondent'

const items = [
  { code: 'q_accueil', required: true, relevant: null },
  { code: 'participe', required: true, relevant: null },
  { code: 'pourquoi', required: true, relevant: { item: 'participe', values: ['non'] } },
  { code: 'precision', required: false, relevant: { item: 'pourquoi', values: ['other'] } },
  { code: 'commentaire', required: false, relevant: null },
]

function memory() {
  const data = new Map<string, string>()
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data }
}

describe('the respondent page', () => {
  it('shows an item when an earlier answer is one of its values', () => {
    expect(isShown(items[2], { participe: { values: ['non'] } })).toBe(true)
    expect(isShown(items[2], { participe: { values: ['oui'] } })).toBe(false)
    expect(isShown(items[2], {})).toBe(false)
    expect(isShown(items[0], {})).toBe(true)
  })

  it('drops answers to hidden items, in cascade, and empty answers', () => {
    const answers = { q_accueil: { values: ['4'] }, participe: { values: ['oui'] }, pourquoi: { values: ['other'], other: ' loin ' }, precision: { values: ['x'] }, commentaire: { values: [' '] } }
    expect(shownAnswers(items, answers)).toEqual({ q_accueil: { values: ['4'] }, participe: { values: ['oui'] } })
    const no = { ...answers, participe: { values: ['non'] } }
    expect(shownAnswers(items, no)).toEqual({ q_accueil: { values: ['4'] }, participe: { values: ['non'] }, pourquoi: { values: ['other'], other: 'loin' }, precision: { values: ['x'] } })
    expect(shownItems(items, answers).map((i) => i.code)).toEqual(['q_accueil', 'participe', 'commentaire'])
    expect(shownItems(items, no).map((i) => i.code)).toEqual(['q_accueil', 'participe', 'pourquoi', 'precision', 'commentaire'])
  })

  it('names the required items shown and unanswered', () => {
    expect(missingRequired(items, {})).toEqual(['q_accueil', 'participe'])
    expect(missingRequired(items, { q_accueil: { values: ['1'] }, participe: { values: ['non'] } })).toEqual(['pourquoi'])
    expect(missingRequired(items, { q_accueil: { values: ['1'] }, participe: { values: ['oui'] } })).toEqual([])
  })

  it('keeps a draft that a reload resumes, and forgets the answers once sent', () => {
    const storage = memory()
    expect(loadDraft(storage, 'abc')).toEqual({ answers: {}, state: 'editing' })
    saveDraft(storage, 'abc', { answers: { q_accueil: { values: ['3'] } }, state: 'waiting' })
    expect(loadDraft(storage, 'abc')).toEqual({ answers: { q_accueil: { values: ['3'] } }, state: 'waiting' })
    saveDraft(storage, 'abc', { answers: { q_accueil: { values: ['3'] } }, state: 'sent' })
    expect(JSON.parse(storage.data.get(draftKey('abc'))!)).toEqual({ answers: {}, state: 'sent' })
    storage.setItem(draftKey('x'), '{"answers": {"a": {"values": [1]}}, "state": "editing"}')
    expect(loadDraft(storage, 'x')).toEqual({ answers: {}, state: 'editing' })
    storage.setItem(draftKey('y'), 'pas du JSON')
    expect(loadDraft(storage, 'y')).toEqual({ answers: {}, state: 'editing' })
  })

  it('keeps the waiting answers’ submission id across a reload, so that a resend is stored once', () => {
    const storage = memory()
    const submission = '0f8c2b0e-5d1a-4c36-9a51-2b7d3e4f5a6b'
    saveDraft(storage, 'abc', { answers: { q_accueil: { values: ['3'] } }, state: 'waiting', submission })
    expect(loadDraft(storage, 'abc').submission).toBe(submission)
    storage.setItem(draftKey('z'), JSON.stringify({ answers: {}, state: 'waiting', submission: '<script>' }))
    expect(loadDraft(storage, 'z').submission).toBeUndefined()
  })
})
