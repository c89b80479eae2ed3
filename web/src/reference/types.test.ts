import { describe, expect, it } from 'vitest'
import { inLanguage } from './types'

describe('inLanguage', () => {
  it('picks the label of the interface language', () => {
    const e = { label_fr: 'Présence dans les parcs', label_en: 'Presence in parks' }
    expect(inLanguage(e, 'fr')).toBe('Présence dans les parcs')
    expect(inLanguage(e, 'en')).toBe('Presence in parks')
  })
  it('falls back to the other language when one is missing, and reads list names too', () => {
    expect(inLanguage({ label_fr: 'Accueil', label_en: '' }, 'en')).toBe('Accueil')
    expect(inLanguage({ name_fr: 'Modes de contact', name_en: 'Contact modes' }, 'en')).toBe('Contact modes')
  })
})
