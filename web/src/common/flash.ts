// A confirmation carried to the next page (e.g. "Record created." after a redirect).
let pending = ''

export function flash(message: string): void {
  pending = message
}

export function takeFlash(): string {
  const m = pending
  pending = ''
  return m
}
