// What the API answers about families: the generated types of the OpenAPI document.
import type * as Api from '../generated/api'

export type Family = Api.Family
export type FamilyIdentity = Api.FamilyIdentity
export type FamilyConsent = Api.FamilyConsent
export type FamilyContact = Api.FamilyContact
export type FamilyCheckIn = Api.FamilyCheckIn
export type FamilyTimeline = Api.FamilyTimeline
export type TimelineEvent = Api.FamilyTimelineEvent
export type FamilyRetention = Api.FamilyRetention

export const STATUSES = ['in_contact', 'accompanied', 'closed'] as const satisfies readonly Family['status'][]
export const HOUSING = ['hlm', 'private_rental', 'cooperative', 'owner', 'with_family', 'shelter', 'other'] as const
export const IMMIGRATION = ['citizen', 'permanent_resident', 'refugee', 'refugee_claimant', 'temporary_worker', 'student', 'no_status', 'other'] as const
export const PURPOSES = ['referral_sharing', 'evaluation_data', 'phone_or_text', 'photos', 'group_participation'] as const satisfies readonly FamilyConsent['purpose'][]
export const WAYS = ['verbal', 'written'] as const satisfies readonly FamilyConsent['given_how'][]
export const INITIATORS = ['worker', 'parent', 'both', 'partner'] as const satisfies readonly FamilyContact['initiated_by'][]
export const CRITERIA = ['trust_link', 'confidence', 'informed', 'resource_use'] as const

/** Today as the API writes dates (YYYY-MM-DD), in the person's time zone. */
export function today(): string {
  const d = new Date()
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}
