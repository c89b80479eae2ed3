import { describe, expect, it } from 'vitest'
import type { Service } from './types'
import { familyMessage, messageText, smsHref } from './familyMessage'

const service = {
  name: 'Dépannage alimentaire',
  name_fr: 'Dépannage alimentaire',
  name_en: 'Emergency food aid',
  organization: { id: 'o1', name: 'Maison de la famille' },
  phones: [{ number: '514-555-0102', extension: '12', description: null }],
  locations: [{ id: 'l1', name: null, address_1: '4000, boul. Henri-Bourassa', city: 'Montréal', postal_code: 'H1H 1J5', latitude: null, longitude: null }],
  schedules: [{ byday: 'MO,WE', opens_at: '13:00', closes_at: '16:30' }],
  url: 'https://exemple.ca/depannage',
} as unknown as Service

describe('familyMessage', () => {
  it('gives the essentials in French, hours unbreakable', () => {
    const text = messageText(familyMessage(service, 'fr'))
    expect(text).toContain('Dépannage alimentaire\nMaison de la famille')
    expect(text).toContain('Téléphone\u00a0: 514-555-0102, poste 12')
    expect(text).toContain('Adresse\u00a0: 4000, boul. Henri-Bourassa, Montréal H1H 1J5')
    expect(text).toContain('Lundi\u00a0: 13\u00a0h\u00a000 à 16\u00a0h\u00a030')
    expect(text).toContain('Mercredi\u00a0: ')
    expect(text).not.toContain('Mardi')
  })
  it('in English for an English-speaking family, whatever the interface language', () => {
    const text = messageText(familyMessage(service, 'en'))
    expect(text.startsWith('Emergency food aid\n')).toBe(true)
    expect(text).toMatch(/Monday: 1:00\sp\.m\. to 4:30\sp\.m\./)
    expect(text).toContain('Phone: 514-555-0102')
  })
  it('falls back to the French name', () => {
    expect(familyMessage({ ...service, name_en: '' }, 'en').title).toBe('Dépannage alimentaire')
  })
  it('puts the whole text in the sms: link', () => {
    const href = smsHref('a b\nc&d')
    expect(href).toBe('sms:?&body=a%20b%0Ac%26d')
  })
})
