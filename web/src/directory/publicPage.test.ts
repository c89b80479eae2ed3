import { describe, expect, it } from 'vitest'
import { publicPagePath, publicPageUrl } from './publicPage'

describe('public page addresses', () => {
  it('carries the family’s language', () => {
    expect(publicPagePath('abc', 'en')).toBe('/p/ressources/abc?lang=en')
    expect(publicPageUrl('https://filet.example/', 'abc', 'fr')).toBe('https://filet.example/p/ressources/abc?lang=fr')
  })
  it('keeps an odd id inside the path', () => {
    expect(publicPagePath('a/b?c', 'fr')).toBe('/p/ressources/a%2Fb%3Fc?lang=fr')
  })
})
