// The period of the key partners' pages: from the address when given (a saved choice comes back
// to its period), else the current fiscal year (1 April to 31 March).
import { reactive } from 'vue'
import { useRoute } from 'vue-router'
import { fiscalYearOf } from './types'

export function usePeriod(): { from: string; to: string } {
  const route = useRoute()
  const year = fiscalYearOf(new Date().toISOString().slice(0, 10))
  const query = (k: string) => (typeof route.query[k] === 'string' ? (route.query[k] as string) : '')
  return reactive({ from: query('from') || year.from, to: query('to') || year.to })
}
