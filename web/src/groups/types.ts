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

export type CohortReport = Api.GroupCohortReport
export const PARTICIPANT_KINDS = ['practitioner', 'parent', 'guest'] as const satisfies readonly Participant['kind'][]
export const REGISTRATIONS = ['invited', 'registered', 'waiting_list', 'withdrew'] as const satisfies readonly Participant['status'][]

/** What the participant form edits (text as typed; the family by its code). */
export interface ParticipantDraft {
  label: string
  kind: string
  organization_id: string
  status: string
  shares_contact: boolean
  email: string
  phone: string
  family_code: string
}

export function draftOf(p: Participant): ParticipantDraft {
  return {
    label: p.label, kind: p.kind, organization_id: p.organization_id ?? '', status: p.status,
    shares_contact: p.shares_contact, email: p.email, phone: p.phone, family_code: p.family_code ?? '',
  }
}

/**
 * The PATCH body of a participant: its version and the fields changed. The family link is sent
 * only when its code changed (a reader who does not see a link must not clear it by saving):
 * `familyId` is the id found for the code typed (null to clear; the code itself when none was
 * found, so that the server names family_id). A contact kept is sent only while shared.
 */
export function participantBody(p: Participant, d: ParticipantDraft, familyId: string | null): Record<string, unknown> {
  const before = draftOf(p)
  const body: Record<string, unknown> = { version: p.version }
  if (d.label !== before.label) body.label = d.label
  if (d.kind !== before.kind) body.kind = d.kind
  if (d.organization_id !== before.organization_id) body.organization_id = d.organization_id || null
  if (d.status !== before.status) body.status = d.status
  if (d.shares_contact !== before.shares_contact) body.shares_contact = d.shares_contact
  if (d.email.trim() !== before.email) body.email = d.email.trim()
  if (d.phone.trim() !== before.phone) body.phone = d.phone.trim()
  if (d.family_code.trim() !== before.family_code) body.family_id = familyId
  return body
}
