// Filet's service worker: keeps the app's shell (index.html, the built scripts and styles, icons)
// so that the app opens without network. Written by hand (ARCHITECTURE.md, offline outbox); the
// build (pwa/plugin.mjs) puts the shell's file list and its version in place of the two markers.
// It never touches /api: answers that may hold identity are never cached, and the outbox
// (web/src/offline) sends entries itself.
const SHELL = self.__FILET_SHELL__
const CACHE = `filet-shell-${self.__FILET_VERSION__}`
const PASS_THROUGH = /^\/(api|healthz|metrics)(\/|$)/

async function precache() {
  const cache = await caches.open(CACHE)
  await cache.addAll(SHELL.map((path) => new Request(path, { cache: 'reload' })))
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()))
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('filet-shell-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  )
})

// After a sign-out wiped the caches, the next sign-in asks for the shell again.
self.addEventListener('message', (event) => {
  if (event.data === 'precache') event.waitUntil(precache().catch(() => {}))
})

self.addEventListener('fetch', (event) => {
  const request = event.request
  const url = new URL(request.url)
  if (request.method !== 'GET' || url.origin !== self.location.origin || PASS_THROUGH.test(url.pathname)) return
  if (request.mode === 'navigate') {
    // Pages: the network first (a new version shows at once), the kept shell without network.
    event.respondWith(fetch(request).catch(() => caches.match('/index.html', { cacheName: CACHE }).then((r) => r ?? Response.error())))
    return
  }
  // Built files are named by their content: the kept copy is the right one.
  event.respondWith(caches.match(request, { cacheName: CACHE }).then((hit) => hit ?? fetch(request)))
})
