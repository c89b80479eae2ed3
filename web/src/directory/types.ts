// What the API answers about the directory: the generated types of the OpenAPI document
// (src/generated/api.ts, from src/directory/service_fields.cpp and the directory's routes).
// Schedules, phones and contacts are HSDS 3.1's own objects, kept as they came: their types list
// the properties the app reads, and allow the others.
import type * as Api from '../generated/api'

export type Need = Api.Need

export type WaitingList = Api.WaitingList
export type WaitingStatus = WaitingList['status']
export const WAITING_STATUSES = ['open', 'waiting', 'closed'] as const satisfies readonly WaitingStatus[]

export type ServiceSummary = Api.ServiceSummary
export type Service = Api.Service
export type ServiceStatus = Service['status']
export const SERVICE_STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'] as const satisfies readonly ServiceStatus[]

export type Schedule = Api.HsdsSchedule
export type Phone = Api.HsdsPhone
export type ServiceLocation = Api.ServiceLocation

/** A search page also says how the query was corrected for spelling (null: as typed). */
export type SearchPage = Api.DirectorySearchPage
/** The report of an HSDS import: counts, refused records, reassignments (only with allow_reassign). */
export type ImportResult = Api.ImportReport
/** The report of a postal-area load: all or nothing, every bad row named. */
export type PostalAreasLoadReport = Api.PostalAreasLoadReport
export type PostalAreaCount = Api.PostalAreaCount
/** The page of a service a family reads, without sign-in. */
export type PublicService = Api.PublicService
/** Whether an organization's services have a public page. */
export type PublicPages = Api.PublicPages
