// What the API answers about groups: the generated types of the OpenAPI document.
import type * as Api from '../generated/api'

export type Group = Api.Group
export type GroupProgram = Api.GroupProgram
export type ProgramSession = Api.GroupProgramSession
export type Material = Api.GroupProgramMaterial
export type Notebook = Api.GroupNotebook
export type Participant = Api.GroupParticipant
export type Session = Api.GroupSession
export type Attendance = Api.GroupAttendance
export type Logbook = Api.GroupLogbook
export type GroupReport = Api.GroupReport
export type GroupParticipation = Api.GroupParticipation
export type Compensation = Api.GroupCompensation
export type CompensationTotals = Api.GroupCompensationTotals
export type Presence = 'present' | 'excused' | 'absent'

export const PRESENCES = ['present', 'excused', 'absent'] as const satisfies readonly Presence[]
export const COMPENSATION_KINDS = ['participation', 'hosting', 'evaluation', 'expenses', 'other'] as const satisfies readonly Compensation['kind'][]
export const DIMENSIONS = ['participation', 'trust', 'frame', 'links', 'practices'] as const

/** The body of PUT …/attendance from each participant's presence (those not marked are left out). */
export function attendanceBody(marks: Record<string, Presence | ''>, extra: { children_in_care: number; interpreters: number; delivered_items: string[]; version: number }) {
  const body: Record<Presence, string[]> = { present: [], excused: [], absent: [] }
  for (const [id, mark] of Object.entries(marks)) if (mark) body[mark].push(id)
  return { ...body, ...extra }
}

/** The marks of an attendance read from the server. */
export function marksOf(a: Attendance): Record<string, Presence> {
  const marks: Record<string, Presence> = {}
  for (const p of PRESENCES) for (const id of a[p]) marks[id] = p
  return marks
}

/** A rate as a whole percentage, or a dash. */
export function percent(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${Math.round(rate * 100)} %`
}

export type SessionMinutes = Api.GroupSessionMinutes
export type Decision = Api.GroupDecision
export type GroupActivity = Api.GroupActivity

/** Minutes as hours, one decimal, French or English style (« 12,5 h » / « 12.5 h »). */
export function hoursText(minutes: number, locale: string): string {
  return `${new Intl.NumberFormat(locale === 'en' ? 'en-CA' : 'fr-CA', { maximumFractionDigits: 1 }).format(minutes / 60)} h`
}
