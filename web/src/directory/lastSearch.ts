// The last search of the directory (its address query), so "Retour à la recherche" from a service
// page restores the keywords and filters, even after the service page was reloaded.
const KEY = 'filet.directory.lastSearch'

export type SearchQuery = Record<string, string>

export function rememberSearch(query: SearchQuery): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(query))
  } catch {
    /* private mode without storage: the back link opens an empty search */
  }
}

export function lastSearch(): SearchQuery {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? '{}')
    if (!value || typeof value !== 'object') return {}
    return Object.fromEntries(Object.entries(value).filter(([, v]) => typeof v === 'string')) as SearchQuery
  } catch {
    return {}
  }
}
