// The network map's data made into what the drawing library draws, and the figures as people
// read them. Pure, tested beside.
import type * as Api from '../generated/api'

export type NetworkMap = Api.NetworkMap
export type MapOrganization = Api.NetworkMapOrganization
export type MapLink = Api.NetworkMapLink
export const LINK_KINDS = ['all', 'referrals', 'networking', 'key_partners', 'agreements'] as const

/** How each kind of link is drawn, on the screen and in the SVG download alike: directed kinds
 * get an arrow; an agreement binds both sides and has none. */
export interface LinkStyle { colour: string; dash: 'solid' | 'dashed' | 'dotted'; arrow: boolean }
export const LINK_STYLES: Record<string, LinkStyle> = {
  referrals: { colour: '#555555', dash: 'solid', arrow: true },
  networking: { colour: '#999999', dash: 'dashed', arrow: false },
  key_partners: { colour: '#0072B2', dash: 'dotted', arrow: true },
  agreements: { colour: '#009E73', dash: 'solid', arrow: false },
}
export const linkStyle = (kind: string): LinkStyle => LINK_STYLES[kind] ?? LINK_STYLES.referrals
const SVG_DASH = { solid: '', dashed: ' stroke-dasharray="6 4"', dotted: ' stroke-dasharray="2 3"' }

// One colour per sector (colour-blind-safe Okabe–Ito first, then neutrals); the legend names them.
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000', '#999999', '#7F3C8D', '#11A579', '#3969AC']

/** A colour per sector present on the map, in the order of first appearance. */
export function sectorColours(organizations: MapOrganization[]): Map<string, string> {
  const colours = new Map<string, string>()
  for (const o of organizations) if (!colours.has(o.sector)) colours.set(o.sector, PALETTE[colours.size % PALETTE.length])
  return colours
}

/** A node's diameter: grows with its activity, the smallest when hidden or none. */
export function nodeSize(activity: number | null | undefined): number {
  return 18 + 6 * Math.sqrt(activity ?? 0)
}

/** An edge's width: grows with its count, thin when hidden. */
export function linkWidth(count: number | null | undefined): number {
  return 1 + Math.min(8, Math.log2(1 + (count ?? 1)))
}

/** The elements of the drawing: organizations as nodes, links as directed edges. */
export function elementsOf(map: NetworkMap) {
  const colours = sectorColours(map.organizations)
  return [
    ...map.organizations.map((o) => ({
      group: 'nodes' as const,
      data: { id: o.id, label: o.name, colour: colours.get(o.sector) ?? '#999999', size: nodeSize(o.activity) },
    })),
    ...map.links.map((l, i) => ({
      group: 'edges' as const,
      data: { id: `link-${i}`, source: l.source, target: l.target, kind: l.kind, width: linkWidth(l.count) },
    })),
  ]
}

/** A count as shown: hidden counts read « < 5 ». */
export function countText(count: number | null | undefined): string {
  return count === null || count === undefined ? '< 5' : String(count)
}

/** A share as a whole percentage, or a dash. */
export function shareText(share: number | null | undefined): string {
  return share === null || share === undefined ? '—' : `${Math.round(share * 100)} %`
}

/** A node and an edge as drawn (positions from the drawing library), for the SVG download. */
export interface DrawnNode { x: number; y: number; size: number; colour: string; label: string }
export interface DrawnEdge { x1: number; y1: number; x2: number; y2: number; width: number; kind: string }

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** The drawing as a standalone SVG document, each kind of link drawn as on the screen. */
export function svgOf(nodes: DrawnNode[], edges: DrawnEdge[], margin = 40): string {
  const xs = nodes.flatMap((n) => [n.x - n.size, n.x + n.size])
  const ys = nodes.flatMap((n) => [n.y - n.size, n.y + n.size + 14])
  const minX = Math.min(0, ...xs) - margin, minY = Math.min(0, ...ys) - margin
  const width = Math.max(1, ...xs) - minX + margin, height = Math.max(1, ...ys) - minY + margin
  const f = (v: number) => Number(v.toFixed(1))
  const lines = edges.map((e) => {
    const style = linkStyle(e.kind)
    return `<line x1="${f(e.x1)}" y1="${f(e.y1)}" x2="${f(e.x2)}" y2="${f(e.y2)}" stroke="${style.colour}" stroke-width="${f(e.width)}"` +
      SVG_DASH[style.dash] + (style.arrow ? ' marker-end="url(#arrow)"' : '') + '/>'
  })
  const circles = nodes.map((n) =>
    `<circle cx="${f(n.x)}" cy="${f(n.y)}" r="${f(n.size / 2)}" fill="${escapeXml(n.colour)}"/>` +
    `<text x="${f(n.x)}" y="${f(n.y + n.size / 2 + 11)}" font-size="9" text-anchor="middle">${escapeXml(n.label)}</text>`)
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${f(minX)} ${f(minY)} ${f(width)} ${f(height)}" width="${f(width)}" height="${f(height)}">` +
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker></defs>' +
    `<rect x="${f(minX)}" y="${f(minY)}" width="${f(width)}" height="${f(height)}" fill="#ffffff"/>` +
    lines.join('') + circles.join('') + '</svg>'
}
