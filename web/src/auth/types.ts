// What the API answers about a session (generated from the OpenAPI document).
import type * as Api from '../generated/api'
import type { User } from '../core/types'

export type SessionBody = Omit<Api.Me, 'user'> & { user: User }
