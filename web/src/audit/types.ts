// What the API answers about the audit log (generated from the OpenAPI document).
import type * as Api from '../generated/api'

export type AuditEntry = Api.AuditEntry

export const AUDIT_ACTIONS = [
  'create', 'update', 'import', 'delete', 'read', 'login', 'logout', 'login_failed',
  'two_factor_begin', 'two_factor_enrol', 'two_factor_disable', 'two_factor_reset', 'recovery_code_used', 'recovery_codes_renewed',
  'retire', 'restore', 'export', 'destroy', 'destroy_retention',
] as const satisfies readonly AuditEntry['action'][]

export const AUDIT_ENTITIES = ['territory', 'organization', 'program', 'service', 'public_service_pages', 'postal_areas', 'reference_entry', 'outreach_entry', 'networking_entry', 'family', 'family_identity', 'family_consent', 'family_contact', 'family_check_in', 'family_retention', 'confidentiality_incident', 'questionnaire', 'survey_campaign', 'user', 'session'] as const satisfies readonly AuditEntry['entity'][]
