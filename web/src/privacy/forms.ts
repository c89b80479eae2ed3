// The incident form's fields as typed (text, for inputs) and the body sent to the API: pure, so
// tested apart from the page. Empty optional dates are sent as null ("not notified yet").
import type { Incident, IncidentCreate } from './types'

export interface IncidentForm {
  organization_id: string
  occurred_on: string
  occurred_until: string
  discovered_on: string
  description: string
  information_concerned: string
  persons_concerned: string
  persons_estimated: boolean
  sensitivity: string
  consequences: string
  likelihood_of_misuse: string
  serious_risk: boolean
  commission_notified_on: string
  persons_notified_on: string
  others_notified: string
  measures: string
  status: Incident['status']
}

/** The fields the form shows, in its order (errors on others go to the general alert). */
export const FIELDS: (keyof IncidentForm)[] = [
  'organization_id', 'occurred_on', 'occurred_until', 'discovered_on', 'description', 'information_concerned',
  'persons_concerned', 'persons_estimated', 'sensitivity', 'consequences', 'likelihood_of_misuse', 'serious_risk',
  'commission_notified_on', 'persons_notified_on', 'others_notified', 'measures', 'status',
]

export function emptyForm(organizationId = ''): IncidentForm {
  return {
    organization_id: organizationId, occurred_on: '', occurred_until: '', discovered_on: '', description: '',
    information_concerned: '', persons_concerned: '', persons_estimated: false, sensitivity: '', consequences: '',
    likelihood_of_misuse: '', serious_risk: false, commission_notified_on: '', persons_notified_on: '',
    others_notified: '', measures: '', status: 'open',
  }
}

export function formOf(x: Incident): IncidentForm {
  return {
    organization_id: x.organization_id, occurred_on: x.occurred_on, occurred_until: x.occurred_until ?? '',
    discovered_on: x.discovered_on, description: x.description, information_concerned: x.information_concerned,
    persons_concerned: String(x.persons_concerned), persons_estimated: x.persons_estimated, sensitivity: x.sensitivity,
    consequences: x.consequences, likelihood_of_misuse: x.likelihood_of_misuse, serious_risk: x.serious_risk,
    commission_notified_on: x.commission_notified_on ?? '', persons_notified_on: x.persons_notified_on ?? '',
    others_notified: x.others_notified, measures: x.measures, status: x.status,
  }
}

/** A whole number as typed, or the text itself so the server names the field when it is not one. */
function count(s: string): number | string {
  const v = s.trim()
  return /^\d+$/.test(v) ? Number(v) : v
}

export function bodyOf(f: IncidentForm): IncidentCreate {
  const date = (s: string) => (s.trim() === '' ? null : s.trim())
  return {
    organization_id: f.organization_id, occurred_on: f.occurred_on.trim(), occurred_until: date(f.occurred_until),
    discovered_on: f.discovered_on.trim(), description: f.description.trim(), information_concerned: f.information_concerned.trim(),
    persons_concerned: count(f.persons_concerned) as number, persons_estimated: f.persons_estimated, sensitivity: f.sensitivity.trim(),
    consequences: f.consequences.trim(), likelihood_of_misuse: f.likelihood_of_misuse.trim(), serious_risk: f.serious_risk,
    commission_notified_on: date(f.commission_notified_on), persons_notified_on: date(f.persons_notified_on),
    others_notified: f.others_notified.trim(), measures: f.measures.trim(), status: f.status,
  }
}

/** Closing an incident whose risk is serious needs both notices (the server decides; the form says so beforehand). */
export function noticesNeededToClose(f: IncidentForm): boolean {
  return f.serious_risk && (!f.commission_notified_on.trim() || !f.persons_notified_on.trim())
}
