// French typography of the interface's texts (fr.json), as Quebec readers expect it: curly
// apostrophes, a non-breaking space before « : », « ; », « ! », « ? », « » » and after « « »,
// one inclusive-writing style (intervenant.e, as the network's own documents write it).
// `node scripts/french-typography.mjs` rewrites every module's src/<module>/locales/fr.json; the
// unit test src/app/messages.test.ts fails on any text that breaks a rule.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const NBSP = '\u00a0'

/** The rules, each a check (`bad`) and its correction (`fix`) of one interface text. */
export const RULES = [
  { name: 'curly apostrophe', bad: /'/, fix: (s) => s.replace(/'/g, '’') },
  // Ordinary or missing space before : ; ! ? » (not in "https://" or "9:00").
  {
    name: 'non-breaking space before : ; ! ? »',
    bad: /( [:;!?»])|([^\s\u00a0\u202f\d{}/:][:;!?»])(?!\/\/)/,
    fix: (s) => s.replace(/ ([:;!?»])/g, `${NBSP}$1`).replace(/([^\s\u00a0\u202f\d{}/:])([:;!?»])(?!\/\/)/g, `$1${NBSP}$2`),
  },
  { name: 'non-breaking space after «', bad: /«(?!\u00a0)/, fix: (s) => s.replace(/«[ \u00a0]?/g, `«${NBSP}`) },
  { name: 'inclusive writing as intervenant.e', bad: /\(e\)|\(es\)|·e|\/e\b/, fix: (s) => s.replace(/\(e\)/g, '.e').replace(/\(es\)/g, '.es').replace(/·e/g, '.e') },
]

/** Every string of a locale tree, with its key path. */
export function* texts(tree, path = '') {
  for (const [k, v] of Object.entries(tree)) {
    const p = path ? `${path}.${k}` : k
    if (typeof v === 'string') yield [p, v]
    else if (v && typeof v === 'object') yield* texts(v, p)
  }
}

export function fixText(s) {
  return RULES.reduce((acc, r) => r.fix(acc), s)
}

/** [key, rule name, text] for each text that breaks a rule. */
export function problems(tree) {
  const out = []
  for (const [p, s] of texts(tree)) for (const r of RULES) if (r.bad.test(s)) out.push([p, r.name, s])
  return out
}

function fixTree(tree) {
  const out = Array.isArray(tree) ? [] : {}
  for (const [k, v] of Object.entries(tree)) out[k] = typeof v === 'string' ? fixText(v) : fixTree(v)
  return out
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const src = new URL('../src/', import.meta.url)
  for (const dir of readdirSync(src, { withFileTypes: true })) {
    const file = new URL(`${dir.name}/locales/fr.json`, src)
    if (!dir.isDirectory() || !existsSync(file)) continue
    const tree = JSON.parse(readFileSync(file, 'utf8'))
    writeFileSync(file, JSON.stringify(fixTree(tree), null, 2) + '\n')
    const left = problems(fixTree(tree))
    console.log(left.length ? left : `${dir.name}/locales/fr.json: French typography ok`)
  }
}
