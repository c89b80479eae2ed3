import { describe, expect, it } from 'vitest'
import { bodyOf, emptyForm, formOf, noticesNeededToClose } from './forms'
import type { Incident } from './types'

const incident: Incident = {
  id: 'i1', version: 3, organization_id: 'o1', occurred_on: '2026-03-01', occurred_until: null, discovered_on: '2026-03-03',
  description: 'Courriel', information_concerned: 'Noms', persons_concerned: 14, persons_estimated: true, sensitivity: 'Moyenne',
  consequences: 'Aucune', likelihood_of_misuse: 'Faible', serious_risk: true, commission_notified_on: '2026-03-04',
  persons_notified_on: null, others_notified: '', measures: '', status: 'open', created_at: 'x', updated_at: 'y',
}

describe('incident form', () => {
  it('reads a record and sends it back unchanged, absent dates as null', () => {
    const body = bodyOf(formOf(incident))
    expect(body.occurred_until).toBeNull()
    expect(body.persons_notified_on).toBeNull()
    expect(body.commission_notified_on).toBe('2026-03-04')
    expect(body.persons_concerned).toBe(14)
    expect(body.serious_risk).toBe(true)
  })
  it('sends a count that is not a whole number as typed, for the server to name the field', () => {
    expect(bodyOf({ ...emptyForm('o1'), persons_concerned: ' 12 ' }).persons_concerned).toBe(12)
    expect(bodyOf({ ...emptyForm('o1'), persons_concerned: 'douze' }).persons_concerned).toBe('douze')
  })
  it('says when closing would need the notices', () => {
    const f = formOf(incident)
    expect(noticesNeededToClose(f)).toBe(true)
    expect(noticesNeededToClose({ ...f, persons_notified_on: '2026-03-05' })).toBe(false)
    expect(noticesNeededToClose({ ...f, serious_risk: false })).toBe(false)
  })
})
