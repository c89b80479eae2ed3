import { describe, expect, it } from 'vitest'
import { foldName } from './sameName'

describe('foldName', () => {
  it('ignores accents, case and spacing', () => {
    expect(foldName('  Maison de la  Famille ')).toBe(foldName('maison de la famille'))
    expect(foldName('École Saint-Léonard')).toBe('ecole saint-leonard')
  })
  it('keeps different names apart', () => {
    expect(foldName('Maison de la famille')).not.toBe(foldName('Maison des familles'))
  })
})
