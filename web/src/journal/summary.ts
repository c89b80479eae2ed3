// The journal's summary as the API answers it, and how a count reads (a hidden one is null).
import type * as Api from '../generated/api'

export type JournalSummary = Api.JournalSummary

/** A count as shown: "—" when the server hid it (a small count outside the organization). */
export const shown = (count: number | null): string => (count === null ? '—' : String(count))
