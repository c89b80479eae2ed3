import { describe, expect, it } from 'vitest'
import { countText, elementsOf, LINK_KINDS, LINK_STYLES, linkWidth, nodeSize, sectorColours, shareText, svgOf, type NetworkMap } from './network'

const map: NetworkMap = {
  organizations: [
    { id: 'a', name: 'Alpha', sector: 'community_family', partners: 1, betweenness: 0, activity: 12 },
    { id: 'b', name: 'Bêta', sector: 'library', partners: 1, betweenness: 0, activity: null },
    { id: 'c', name: 'Gamma', sector: 'community_family', partners: 0, betweenness: 0, activity: 0 },
  ],
  links: [{ source: 'a', target: 'b', kind: 'referrals', count: null, completed_share: null }],
  linked_pairs: 1, reciprocal_pairs: 0, reciprocity: 0, isolated: 1, brokers: [],
}

describe('network map', () => {
  it('gives each sector one colour', () => {
    const colours = sectorColours(map.organizations)
    expect(colours.size).toBe(2)
    expect(colours.get('community_family')).not.toBe(colours.get('library'))
  })
  it('sizes nodes by activity and edges by count, hidden ones at the least', () => {
    expect(nodeSize(null)).toBe(nodeSize(0))
    expect(nodeSize(16)).toBeGreaterThan(nodeSize(4))
    expect(linkWidth(null)).toBe(linkWidth(1))
    expect(linkWidth(1000)).toBeLessThanOrEqual(9)
  })
  it('makes nodes and directed edges', () => {
    const els = elementsOf(map)
    expect(els.filter((e) => e.group === 'nodes')).toHaveLength(3)
    expect(els.find((e) => e.group === 'edges')?.data).toMatchObject({ source: 'a', target: 'b', kind: 'referrals' })
  })
  it('writes hidden counts and missing shares', () => {
    expect(countText(null)).toBe('< 5')
    expect(countText(7)).toBe('7')
    expect(shareText(0.505)).toBe('51 %')
    expect(shareText(null)).toBe('—')
  })
  it('writes the drawing as an SVG document, names escaped, referrals with arrows', () => {
    const svg = svgOf(
      [{ x: 0, y: 0, size: 20, colour: '#0072B2', label: 'Alpha & <Bêta>' }, { x: 100, y: 50, size: 30, colour: '#E69F00', label: 'Gamma' }],
      [{ x1: 0, y1: 0, x2: 100, y2: 50, width: 2, kind: 'referrals' }, { x1: 100, y1: 50, x2: 0, y2: 0, width: 1, kind: 'networking' }],
    )
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
    expect(svg).toContain('Alpha &#38; &#60;Bêta&#62;')
    expect(svg.match(/<circle/g)).toHaveLength(2)
    expect(svg).toContain('marker-end="url(#arrow)"')
    expect(svg).toContain('stroke-dasharray')
    expect(svg).not.toMatch(/&(?!#\d+;)/)  // every ampersand is an entity (the browser test parses it)
    expect(svg.endsWith('</svg>')).toBe(true)
  })
  it('draws each kind of link in its own line: agreements without an arrow, key partners dotted', () => {
    const node = { x: 0, y: 0, size: 20, colour: '#000', label: 'A' }
    const line = (kind: string) => svgOf([node], [{ x1: 0, y1: 0, x2: 9, y2: 9, width: 1, kind }]).match(/<line[^>]*\/>/)![0]
    expect(line('agreements')).not.toContain('marker-end')
    expect(line('agreements')).toContain(`stroke="${LINK_STYLES.agreements.colour}"`)
    expect(line('key_partners')).toContain('stroke-dasharray="2 3"')
    expect(line('key_partners')).toContain('marker-end')
    expect(new Set(Object.values(LINK_STYLES).map((s) => `${s.colour}${s.dash}`)).size).toBe(Object.keys(LINK_STYLES).length)
    expect(LINK_KINDS.filter((k) => k !== 'all')).toEqual(Object.keys(LINK_STYLES))
  })
})
