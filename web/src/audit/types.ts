// What the API answers about the audit log.

export const AUDIT_ACTIONS = [
  'create', 'update', 'import', 'delete', 'read', 'login', 'logout', 'login_failed',
  'two_factor_begin', 'two_factor_enrol', 'two_factor_disable', 'two_factor_reset', 'recovery_code_used', 'recovery_codes_renewed',
  'retire', 'restore',
] as const

export const AUDIT_ENTITIES = ['territory', 'organization', 'program', 'service', 'public_service_pages', 'postal_areas', 'reference_entry', 'user', 'session'] as const

export interface AuditEntry {
  id: string
  at: string
  user_id: string | null
  user_email: string | null
  action: string
  entity: string
  entity_id: string | null
  entity_name: string | null // the record's name today (the network's reference data only, never a person)
  request_id: string | null
}
