// What the API answers about territories, organizations, programs and accounts.
import type { Locale, Ref } from '../common/types'

export type Role = 'manager' | 'practitioner' | 'coordinator' | 'evaluator' | 'facilitator'

export const ROLES: Role[] = ['manager', 'practitioner', 'coordinator', 'evaluator', 'facilitator']

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
  /** Incremented by every change; an update names the one it was made against. */
  version: number
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
  /** Incremented by every change; an update names the one it was made against. */
  version: number
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
  /** Incremented by every change; an update names the one it was made against. */
  version: number
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
  /** Incremented by every change; an update names the one it was made against. */
  version: number
}
