// What the API answers about territories, organizations, programs and accounts: the generated
// types of the OpenAPI document (src/generated/api.ts, from the server's field descriptions).
import type * as Api from '../generated/api'

export type Membership = Api.Membership
export type Role = Membership['role']

export const ROLES = ['manager', 'practitioner', 'coordinator', 'evaluator', 'facilitator'] as const satisfies readonly Role[]

/** An account; to oneself (`/me`) it also tells whether two-step sign-in is on and required. */
export type User = Api.User & { two_factor?: Api.TwoFactorState }

export type Territory = Api.Territory
export type TerritoryKind = Territory['kind']
export type Setting = Territory['setting']

export const TERRITORY_KINDS = ['region', 'territory', 'neighbourhood', 'housing_site'] as const satisfies readonly TerritoryKind[]

export const SETTINGS = ['urban', 'rural', 'mixed'] as const satisfies readonly Setting[]

export type Organization = Api.Organization
export type Sector = Organization['sector']

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
] as const satisfies readonly Sector[]

export type Program = Api.Program
