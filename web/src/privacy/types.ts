// What the API answers about confidentiality incidents: the generated types of the OpenAPI document.
import type * as Api from '../generated/api'

export type Incident = Api.ConfidentialityIncident
export type IncidentCreate = Api.ConfidentialityIncidentCreate

export const STATUSES = ['open', 'closed'] as const satisfies readonly Incident['status'][]
