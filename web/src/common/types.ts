// Shapes of the Filet HTTP API v1 (docs/api.md).

export interface Paged<T> {
  items: T[]
  page: number
  per_page: number
  total: number
}

export interface FieldError {
  field: string
  code: string
  message_fr: string
  message_en: string
}

export interface ErrorBody {
  error: {
    code: string
    message_fr: string
    message_en: string
    fields?: FieldError[]
  }
  request_id?: string
}

export type Role = 'manager' | 'practitioner' | 'coordinator' | 'evaluator' | 'facilitator'
export const ROLES: Role[] = ['manager', 'practitioner', 'coordinator', 'evaluator', 'facilitator']

export type Locale = 'fr' | 'en'

export interface Membership {
  organization_id: string
  organization_name?: string
  role: Role
}

export interface User {
  id: string
  email: string
  name: string
  locale: Locale
  active: boolean
  is_admin: boolean
  memberships: Membership[]
  /** Two-step sign-in: on for this account, and required of it by the deployment. */
  two_factor?: { enabled: boolean; required: boolean }
  created_at: string
  updated_at: string
}

export interface SessionBody {
  user: User
  csrf_token: string
}

export type TerritoryKind = 'region' | 'territory' | 'neighbourhood' | 'housing_site'
export const TERRITORY_KINDS: TerritoryKind[] = ['region', 'territory', 'neighbourhood', 'housing_site']
export type Setting = 'urban' | 'rural' | 'mixed'
export const SETTINGS: Setting[] = ['urban', 'rural', 'mixed']

export interface Territory {
  id: string
  name: string
  kind: TerritoryKind
  setting: Setting
  parent_id: string | null
  parent_name: string | null
  active: boolean
  created_at: string
  updated_at: string
}

export const SECTORS = [
  'community_family',
  'community_newcomers',
  'social_paediatrics',
  'community_other',
  'health_social_services',
  'school',
  'childcare',
  'library',
  'municipality',
  'round_table',
  'legal_clinic',
  'social_housing',
  'other',
] as const
export type Sector = (typeof SECTORS)[number]

export interface Ref {
  id: string
  name: string
}

export interface Organization {
  id: string
  name: string
  sector: Sector
  territory_ids: string[]
  territories: Ref[]
  active: boolean
  email: string | null
  phone: string | null
  website: string | null
  created_at: string
  updated_at: string
}

export interface Program {
  id: string
  name: string
  description: string | null
  starts_on: string
  ends_on: string | null
  organization_ids: string[]
  organizations: Ref[]
  funders: string[]
  active: boolean
  created_at: string
  updated_at: string
}

export const AUDIT_ACTIONS = [
  'create', 'update', 'import', 'delete', 'read', 'login', 'logout', 'login_failed',
  'two_factor_begin', 'two_factor_enrol', 'two_factor_disable', 'two_factor_reset', 'recovery_code_used', 'recovery_codes_renewed',
] as const
export const AUDIT_ENTITIES = ['territory', 'organization', 'program', 'service', 'public_service_pages', 'postal_areas', 'user', 'session'] as const

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
