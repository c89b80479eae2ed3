// What the API answers about key partners (the generated types) and the pages' pure helpers.
import type * as Api from '../generated/api'

export type KeyPartner = Api.KeyPartner
export type KeyPartnerSummary = Api.KeyPartnerSummary

/** Seed 003's limit: three key partners per person and period (the server refuses a fourth). */
export const MAX_KEY_PARTNERS = 3
/** Seed 003's three criteria of a key partner, in its order. */
export const CRITERIA = ['links_families', 'shares_dialogue', 'adapts_practices'] as const

/** The Quebec fiscal year (1 April to 31 March) holding `date` (YYYY-MM-DD): the default period. */
export function fiscalYearOf(date: string): { from: string; to: string } {
  const year = Number(date.slice(0, 4))
  const start = Number(date.slice(5, 7)) >= 4 ? year : year - 1
  return { from: `${start}-04-01`, to: `${start + 1}-03-31` }
}

/** The partner as named: its organization in Filet, or the name typed in. */
export function partnerName(k: Pick<KeyPartner, 'partner_organization_name' | 'partner_outside_name'>): string {
  return k.partner_organization_name ?? k.partner_outside_name ?? ''
}

/** Whether `chooserId` may still choose one more in the period: fewer than three of their own. */
export function mayChooseMore(choices: Pick<KeyPartner, 'chooser_id'>[], chooserId: string): boolean {
  return choices.filter((k) => k.chooser_id === chooserId).length < MAX_KEY_PARTNERS
}

export type ReferralAgreement = Api.ReferralAgreement
export const AGREEMENT_STATUSES = ['draft', 'active', 'ended'] as const satisfies readonly ReferralAgreement['status'][]
export type AgreementContact = Api.ReferralAgreementContact
/** A contact's fields, in the order the form shows them. */
export const AGREEMENT_CONTACT_FIELDS = ['name', 'role', 'phone', 'email'] as const
/** Seed 004's agreements name a few people a side: the server takes five at most. */
export const MAX_CONTACTS_PER_SIDE = 5

/** One contact in a line: « Nom (rôle) · téléphone · courriel ». */
export function contactLine(c: AgreementContact): string {
  return [c.role ? `${c.name} (${c.role})` : c.name, c.phone, c.email].filter((x) => x).join(' · ')
}
