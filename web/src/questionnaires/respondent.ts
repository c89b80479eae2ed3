// The respondent page's rules, pure: which items are shown (conditions, in cascade, as the server
// applies them), which required ones are missing, and the draft kept on the phone so that a
// reload resumes and answers finished offline are sent once the connection returns.
import type { Answer, Answers, Item } from './types'

const answered = (a: Answer | undefined): boolean => !!a && a.values.some((v) => v.trim() !== '')

/** Whether `item` is shown given the answers to the items before it (already filtered). */
export function isShown(item: Pick<Item, 'relevant'>, shownBefore: Answers): boolean {
  const rule = item.relevant
  if (!rule) return true
  const a = shownBefore[rule.item]
  return !!a && a.values.some((v) => rule.values.includes(v))
}

/** The answers to the items shown, in order: answers to hidden items dropped, in cascade; empty ones left out. */
export function shownAnswers(items: Pick<Item, 'code' | 'relevant'>[], answers: Answers): Answers {
  const out: Answers = {}
  for (const item of items) {
    const a = answers[item.code]
    if (!isShown(item, out) || !answered(a)) continue
    out[item.code] = a!.other?.trim() ? { values: a!.values.filter((v) => v.trim() !== ''), other: a!.other.trim() } : { values: a!.values.filter((v) => v.trim() !== '') }
  }
  return out
}

/** The items shown, given the answers so far. */
export function shownItems<T extends Pick<Item, 'code' | 'relevant'>>(items: T[], answers: Answers): T[] {
  const shown = shownAnswers(items, answers)
  const out: T[] = []
  const before: Answers = {}
  for (const item of items) {
    if (!isShown(item, before)) continue
    out.push(item)
    if (shown[item.code]) before[item.code] = shown[item.code]
  }
  return out
}

/** Codes of the required items shown and not answered. */
export function missingRequired(items: Pick<Item, 'code' | 'relevant' | 'required'>[], answers: Answers): string[] {
  const shown = shownAnswers(items, answers)
  return shownItems(items, answers).filter((i) => i.required && !shown[i.code]).map((i) => i.code)
}

/** The draft of one campaign on this device: the answers, and whether they are finished and waiting to be sent. */
export interface Draft {
  answers: Answers
  state: 'editing' | 'waiting' | 'sent'
  /** The random id of the finished answers waiting to be sent: sent again, they are stored once. */
  submission?: string
}

export const draftKey = (token: string) => `filet.survey.${token}`

export interface DraftStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
}

export function loadDraft(storage: DraftStorage, token: string): Draft {
  try {
    const raw = JSON.parse(storage.getItem(draftKey(token)) ?? 'null') as Partial<Draft> | null
    if (raw && typeof raw.answers === 'object' && raw.answers && ['editing', 'waiting', 'sent'].includes(raw.state ?? '')) {
      const answers: Answers = {}
      for (const [code, a] of Object.entries(raw.answers)) {
        if (a && Array.isArray(a.values) && a.values.every((v) => typeof v === 'string'))
          answers[code] = { values: a.values, ...(typeof a.other === 'string' ? { other: a.other } : {}) }
      }
      const submission = typeof raw.submission === 'string' && /^[0-9a-f-]{36}$/.test(raw.submission) ? { submission: raw.submission } : {}
      return { answers, state: raw.state as Draft['state'], ...submission }
    }
  } catch {
    /* no storage, or a draft this page did not write: start afresh */
  }
  return { answers: {}, state: 'editing' }
}

export function saveDraft(storage: DraftStorage, token: string, draft: Draft): void {
  try {
    // Once sent, the answers themselves are not kept on the phone: only that they were sent.
    storage.setItem(draftKey(token), JSON.stringify(draft.state === 'sent' ? { answers: {}, state: 'sent' } : draft))
  } catch {
    /* private mode or full: the answers last for this visit */
  }
}
