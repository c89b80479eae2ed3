// The results table laid out like the seeds' annexes: by section (dimension), "item — mean (SD)",
// numbers rounded to two decimals in the reader's language (a decimal comma in French).
import type { Locale } from '../common/types'
import type { ItemResult, Results, Version } from './types'

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
