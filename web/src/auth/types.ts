// What the API answers about a session (generated from the OpenAPI document).
import type * as Api from '../generated/api'
import type { User } from '../core/types'

export type SessionBody = Omit<Api.Me, 'user'> & { user: User }

/** Two-step sign-in: on, required, recovery codes left; a new secret; recovery codes shown once. */
export type TwoFactorStatus = Api.TwoFactorStatus
export type TwoFactorEnrolment = Api.TwoFactorEnrolment
export type RecoveryCodes = Api.RecoveryCodes
