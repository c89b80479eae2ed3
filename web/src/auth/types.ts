// What the API answers about a session.
import type { User } from '../core/types'

export interface SessionBody {
  user: User
  csrf_token: string
}
