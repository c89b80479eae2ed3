// Vite plugin: once the app is built, writes dist/sw.js from pwa/service-worker.js with the list
// of every built file (the shell it keeps) and a version that changes whenever one of them does.
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

function filesUnder(root, dir = root) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name)
    return d.isDirectory() ? filesUnder(root, full) : [path.relative(root, full).split(path.sep).join('/')]
  })
}

export function serviceWorker() {
  let outDir = 'dist'
  return {
    name: 'filet-service-worker',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir)
    },
    closeBundle() {
      const files = filesUnder(outDir).filter((f) => f !== 'sw.js').sort()
      const hash = createHash('sha256')
      for (const f of files) hash.update(f).update(fs.readFileSync(path.join(outDir, f)))
      const source = fs
        .readFileSync(new URL('./service-worker.js', import.meta.url), 'utf8')
        .replace('self.__FILET_SHELL__', JSON.stringify(files.map((f) => `/${f}`)))
        .replace('self.__FILET_VERSION__', JSON.stringify(hash.digest('hex').slice(0, 16)))
      fs.writeFileSync(path.join(outDir, 'sw.js'), source)
    },
  }
}
