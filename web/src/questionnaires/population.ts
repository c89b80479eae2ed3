// Campaign populations on the web side: the create body a form's draft makes, and the response
// rate as people read it. Pure, beside population.test.ts.
import type { Campaign, CampaignCreate } from './types'

export type Population = 'link' | 'members' | 'group'

export interface PopulationDraft {
  version_id: string
  name: string
  opens_on: string
  closes_on: string
  population: Population
  program_id: string
  role: string
  group_id: string
  /** Identified (internal use) rather than anonymous; only for invitation populations. */
  identified: boolean
}

/** The create body: only the fields of the chosen population (the server refuses the others). */
export function campaignBody(organizationId: string, d: PopulationDraft): CampaignCreate {
  const body: CampaignCreate = { organization_id: organizationId, version_id: d.version_id, name: d.name, opens_on: d.opens_on, closes_on: d.closes_on, population: d.population }
  if (d.population === 'members') {
    body.program_id = d.program_id || null
    if (d.role) body.role = d.role as CampaignCreate['role']
  }
  if (d.population === 'group') body.group_id = d.group_id || null
  if (d.population !== 'link') body.anonymous = !d.identified
  return body
}

/** "3 / 12 (25 %)": answered over invited, the share rounded; "" for a link campaign. */
export function rateText(k: Pick<Campaign, 'population' | 'answered' | 'invited' | 'response_rate'>, locale: 'fr' | 'en', hidden: string): string {
  if (k.population === 'link') return ''
  if (k.answered === null || k.response_rate === null) return `${hidden} / ${k.invited}`
  const percent = Math.round(k.response_rate * 100)
  return locale === 'en' ? `${k.answered} / ${k.invited} (${percent}%)` : `${k.answered} / ${k.invited} (${percent} %)`
}

/** The comparison choices the population offers: its attributes (a link campaign knows none). */
export function attributeGroupings(k: Pick<Campaign, 'population'>): string[] {
  if (k.population === 'members') return ['attr:sector', 'attr:setting']
  if (k.population === 'group') return ['attr:sector', 'attr:setting', 'attr:cohort']
  return []
}
