// What the API answers about service gaps (the generated types) and the register's pure helpers.
import type * as Api from '../generated/api'

export type Gap = Api.ServiceGap
export type GapProposal = Api.ServiceGapProposal
export type GapRegister = Api.ServiceGapRegister
export type GapReason = Gap['reason']

export const GAP_REASONS = ['no_service', 'waiting_list', 'not_eligible', 'cost', 'transport', 'language', 'opening_hours', 'immigration_status', 'other'] as const satisfies readonly GapReason[]
/** The referral statuses that propose a gap (the server's proposes_gap). */
export const PROPOSING_STATUSES: readonly string[] = ['declined', 'withdrew', 'no_show']

/** A count of the register as shown: the number, « < 5 » when too small to show, « — » when hidden so that another cannot be recomputed. */
export function countText(c: { count: number | null; hidden: 'primary' | 'complementary' | null }): string {
  if (c.count !== null) return String(c.count)
  return c.hidden === 'primary' ? '< 5' : '—'
}

/** The register's cells as rows (needs) of columns (territories), in the server's order. */
export function cellRows(r: GapRegister): GapRegister['cells'][] {
  const width = r.territories.length
  return r.needs.map((_, i) => r.cells.slice(i * width, (i + 1) * width))
}

/** The quarter of a date as the server writes it ("2026-Q3"). */
export function quarterOf(date: string): string {
  const month = Number(date.slice(5, 7))
  return `${date.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`
}
