// The address of a download (the one export writer): the export route with its filters, the
// format and the language of the headings (French unless the page is in English).
import { API, withQuery, type Query } from './api'

export type ExportFormat = 'csv' | 'xlsx'

/** `path` below /api/v1, e.g. /group-reports/activity/export; `query`: the filters shown. */
export function exportHref(path: string, query: Query, format: ExportFormat, locale: string): string {
  return withQuery(`${API}${path}`, { ...query, format, lang: locale === 'en' ? 'en' : 'fr' })
}
