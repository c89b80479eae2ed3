// What the API answers about journal entries: the generated types of the OpenAPI document.
import type * as Api from '../generated/api'

export type OutreachEntry = Api.OutreachEntry
export type NetworkingEntry = Api.NetworkingEntry
export type Kind = 'outreach' | 'networking'
export type Participants = NetworkingEntry['participants']
export const PARTICIPANTS = ['outreach_worker', 'manager', 'both'] as const satisfies readonly Participants[]

/** API path of a kind's entries. */
export const apiPath = (kind: Kind) => `/journal/${kind}`
