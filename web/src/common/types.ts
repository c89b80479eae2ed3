// Shapes of the Filet HTTP API v1 that every module shares; records are generated from the
// OpenAPI document (src/generated/api.ts).
import type * as Api from '../generated/api'

export interface Paged<T> {
  items: T[]
  page: number
  per_page: number
  total: number
}

export interface FieldError {
  field: string
  code: string
  message_fr: string
  message_en: string
}

export interface ErrorBody {
  error: {
    code: string
    message_fr: string
    message_en: string
    fields?: FieldError[]
    /** version_conflict: the record as it is now. */
    current?: Record<string, unknown>
  }
  request_id?: string
}

export type Locale = 'fr' | 'en'

export type Ref = Api.NamedRef
