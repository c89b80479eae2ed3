// The results table laid out like the seeds' annexes: by section (dimension), "item — mean (SD)",
// numbers rounded to two decimals in the reader's language (a decimal comma in French).
import type { Locale } from '../common/types'
import type { DimensionResult, ItemResult, Results, Version } from './types'

export const NUMBER_TAG: Record<Locale, string> = { fr: 'fr-CA', en: 'en-CA' }

/** 3.15, 1.04 → "3,15 (1,04)" in French; no SD (n < 2) → "3,15"; hidden or no answer → "". */
export function meanSd(mean: number | null, sd: number | null, locale: Locale): string {
  if (mean === null) return ''
  const f = new Intl.NumberFormat(NUMBER_TAG[locale], { minimumFractionDigits: 2, maximumFractionDigits: 2 })
  return sd === null ? f.format(mean) : `${f.format(mean)} (${f.format(sd)})`
}

/** A share as a whole percentage, in the reader's language ("46 %" in French). */
export function percent(share: number, locale: Locale): string {
  return new Intl.NumberFormat(NUMBER_TAG[locale], { style: 'percent', maximumFractionDigits: 0 }).format(share)
}

export interface ResultLine {
  code: string
  label: string
  result: ItemResult
}

export interface ResultSection {
  code: string
  label: string
  lines: ResultLine[]
}

/** The results grouped by the version's sections, in its order; items outside any section last (code ""). */
export function resultSections(version: Version, results: Results, locale: Locale): ResultSection[] {
  const byCode = new Map(results.items.map((r) => [r.code, r]))
  const sections: ResultSection[] = version.sections.map((s) => ({ code: s.code, label: locale === 'en' ? s.label_en : s.label_fr, lines: [] }))
  const loose: ResultSection = { code: '', label: '', lines: [] }
  for (const item of version.items) {
    const result = byCode.get(item.code)
    if (!result) continue
    const line = { code: item.code, label: locale === 'en' ? item.label_en : item.label_fr, result }
    ;(sections.find((s) => s.code === item.section) ?? loose).lines.push(line)
  }
  return [...sections, loose].filter((s) => s.lines.length > 0)
}

/** A decimal with two digits in the reader's language ("0,83"); "" for none. */
export function decimal(value: number | null, locale: Locale): string {
  if (value === null) return ''
  return new Intl.NumberFormat(NUMBER_TAG[locale], { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value)
}

/** Each section's dimension result (mean of the complete responses, Cronbach's alpha), by code. */
export function dimensionsByCode(dimensions: DimensionResult[]): Map<string, DimensionResult> {
  return new Map(dimensions.map((d) => [d.code, d]))
}

/** The items a campaign's results may be grouped by: the version's single-choice items. */
export function groupingItems(version: Version, locale: Locale): { value: string; label: string }[] {
  return version.items
    .filter((i) => i.kind === 'single_choice')
    .map((i) => ({ value: i.code, label: locale === 'en' ? i.label_en : i.label_fr }))
}

/** A group's name: the label of its option in `by`, "other" or "no answer" for the empty group. */
export function groupLabel(version: Version, by: string, value: string, locale: Locale, names: { other: string; none: string }): string {
  if (value === '') return names.none
  const option = version.items.find((i) => i.code === by)?.options.find((o) => o.code === value)
  if (!option) return value === 'other' ? names.other : value
  return locale === 'en' ? option.label_en : option.label_fr
}
