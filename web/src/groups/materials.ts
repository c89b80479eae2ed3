// A program's sessions and their materials on the web: the upload body (the file's bytes in
// base64, as the API takes them), a material's download address, a size people read, and the
// checklist a group's session is held to.
import { API } from '../common/api'
import type { GroupProgram } from './types'

/** The bytes of `file` in base64, read in chunks so a 10 MiB file does not overflow the stack. */
export async function base64Of(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

export function downloadHref(materialId: string): string {
  return `${API}/group-program-materials/${materialId}/download`
}

/** "12 Ko" / "1,5 Mo" in French, "12 KB" / "1.5 MB" in English. */
export function formatSize(bytes: number, locale: string): string {
  const fr = locale.startsWith('fr')
  const kb = bytes / 1024
  if (kb < 1024) return `${Math.max(1, Math.round(kb))} ${fr ? 'Ko' : 'KB'}`
  const mb = (kb / 1024).toLocaleString(fr ? 'fr-CA' : 'en-CA', { maximumFractionDigits: 1 })
  return `${mb} ${fr ? 'Mo' : 'MB'}`
}

/** The checklist of a group's session `number`: the program's session's own, else the program's. */
export function checklistFor(program: GroupProgram, number: number): string[] {
  const own = program.sessions[number - 1]?.checklist ?? []
  return own.length ? own : program.checklist
}

/** One item a line (empty lines dropped), as the checklist's textarea holds it. */
export function linesOf(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter(Boolean)
}
