// Shapes of the Filet HTTP API v1 (docs/api.md).

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

export interface Ref {
  id: string
  name: string
}
