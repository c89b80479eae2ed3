// What the API answers about referrals: the generated types of the OpenAPI document.
import type * as Api from '../generated/api'

export type Referral = Api.Referral
export type ReferralTimeline = Api.ReferralTimeline
export type ReferralStatus = Referral['status']

export const URGENCIES = ['routine', 'soon', 'urgent'] as const satisfies readonly Referral['urgency'][]
export const DECLINE_REASONS = ['not_eligible', 'full_waiting_list', 'outside_territory', 'already_served', 'family_unreachable', 'other'] as const satisfies readonly NonNullable<Referral['decline_reason']>[]

/** Whether the family's consent to share with `organizationId` for a referral holds on `day` (the server's consent_allows). */
export function sharingAllowed(consents: Api.FamilyConsent[], organizationId: string, day: string): boolean {
  return consents.some((c) => c.purpose === 'referral_sharing' && c.partner_organization_id === organizationId &&
    c.given_on <= day && (!c.withdrawn_on || c.withdrawn_on > day))
}
