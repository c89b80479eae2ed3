// Amounts of compensation: the API counts cents (no rounding anywhere); people type and read
// dollars as they write them in Quebec (« 150,50 $ », or 150.50).

/** "150", "150,5", "150.50", "1 234,56 $" → cents; null when it is not an amount of dollars and cents. */
export function centsOf(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f$]/g, '').replace(',', '.')
  const m = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(cleaned)
  if (!m) return null
  return Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'))
}

/** Cents → "150,50 $" (fr-CA) or "$150.50" (en-CA). */
export function formatMoney(cents: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-CA' : 'fr-CA', { style: 'currency', currency: 'CAD' }).format(cents / 100)
}
