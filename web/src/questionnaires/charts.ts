// The results as charts draw them (Chart.js): Likert items as diverging stacked bars — the lower
// half of the scale to the left of zero, the upper half to the right, a middle option split in
// two — and choice items as bars of their shares. Pure, tested beside; hidden figures are left
// out (the table says why).
import type { Locale } from '../common/types'
import type { Item, ItemResult, Results, Version } from './types'

/** Diverging colours (ColorBrewer RdBu, colour-blind-safe) for scales of 2 to 7 points. */
const DIVERGING: Record<number, string[]> = {
  2: ['#CA0020', '#0571B0'],
  3: ['#CA0020', '#BABABA', '#0571B0'],
  4: ['#CA0020', '#F4A582', '#92C5DE', '#0571B0'],
  5: ['#CA0020', '#F4A582', '#BABABA', '#92C5DE', '#0571B0'],
  6: ['#B2182B', '#EF8A62', '#FDDBC7', '#D1E5F0', '#67A9CF', '#2166AC'],
  7: ['#B2182B', '#EF8A62', '#FDDBC7', '#BABABA', '#D1E5F0', '#67A9CF', '#2166AC'],
}

export interface Series {
  label: string
  colour: string
  /** One value per row, in percent: negative on the left of zero. */
  values: number[]
  /** The second half of a middle option: drawn, not repeated in the legend. */
  legend: boolean
  /** Its place on the scale (the legend's order). */
  rank: number
}
export interface Chart {
  rows: string[]
  series: Series[]
}

const labelOf = (o: { label_fr: string; label_en: string }, locale: Locale) => (locale === 'en' ? o.label_en : o.label_fr)
const round1 = (v: number) => Math.round(v * 10) / 10

/** The on-scale options of a Likert item, lowest first. */
function scale(item: Item) {
  return item.options.filter((o) => o.score !== null).sort((a, b) => (a.score ?? 0) - (b.score ?? 0))
}

/**
 * The Likert items of a section (all sections with `section` undefined) as one diverging chart:
 * a row per item shown, each option's share of the item's answers on the scale.
 */
export function likertChart(version: Version, results: Results, locale: Locale, section?: string): Chart | null {
  const byCode = new Map(results.items.map((r) => [r.code, r]))
  const items = version.items.filter((i) => i.kind === 'likert' && (section === undefined || i.section === section))
  const shown = items.filter((i) => {
    const r = byCode.get(i.code)
    return r && !r.hidden && r.options.every((o) => o.count !== null) && r.options.some((o) => !o.off_scale && (o.count ?? 0) > 0)
  })
  if (!shown.length) return null
  const options = scale(shown[0])
  const k = options.length
  const colours = DIVERGING[k] ?? DIVERGING[5]
  const half = Math.floor(k / 2)
  // Chart.js stacks each sign outwards from zero in the series' order: the options nearest the
  // middle come first on each side; `rank` keeps the legend in the scale's order.
  const of = (index: number, sign: number, part = 1, legend = true): Series => ({
    label: labelOf(options[index], locale), colour: colours[index], rank: index, legend,
    values: shown.map((i) => round1(sign * part * share(byCode.get(i.code)!, options[index].code))),
  })
  const middle = k % 2 === 1 ? half : -1
  const left: Series[] = []
  const right: Series[] = []
  if (middle >= 0) {
    left.push(of(middle, -1, 0.5))
    right.push(of(middle, 1, 0.5, false))
  }
  for (let index = half - 1; index >= 0; index--) left.push(of(index, -1))
  for (let index = middle >= 0 ? middle + 1 : half; index < k; index++) right.push(of(index, 1))
  const ordered = [...left, ...right]
  return { rows: shown.map((i) => labelOf(i, locale)), series: ordered }
}

/** An option's share, in percent, of the item's answers on its scale. */
function share(result: ItemResult, code: string): number {
  const onScale = result.options.filter((o) => !o.off_scale)
  const total = onScale.reduce((n, o) => n + (o.count ?? 0), 0)
  const count = onScale.find((o) => o.code === code)?.count ?? 0
  return total ? (100 * count) / total : 0
}

/** A choice item as bars: each option's share of those who answered it, in percent. */
export function choiceChart(item: Item, result: ItemResult, locale: Locale, otherLabel: string): Chart | null {
  if (result.hidden || result.options.some((o) => o.count === null) || !result.options.length) return null
  const rows = result.options.map((o) => {
    const option = item.options.find((x) => x.code === o.code)
    return option ? labelOf(option, locale) : o.code === 'other' ? otherLabel : o.code
  })
  return { rows, series: [{ label: labelOf(item, locale), colour: '#0072B2', values: result.options.map((o) => round1(100 * o.share)), legend: false, rank: 0 }] }
}

/** The choice items with a figure to draw. */
export function choiceItems(version: Version): Item[] {
  return version.items.filter((i) => i.kind === 'single_choice' || i.kind === 'multiple_choice')
}
