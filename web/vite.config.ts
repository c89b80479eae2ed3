import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { serviceWorker } from './pwa/plugin.mjs'

// The server serves web/dist under a strict Content-Security-Policy
// (script-src 'self'; style-src 'self'): no inline script or style may be emitted.
export default defineConfig({
  // serviceWorker(): dist/sw.js, the hand-written worker that keeps the app's shell (pwa/).
  plugins: [vue(), serviceWorker()],
  define: {
    // vue-i18n: the message compiler interprets messages (JIT, no eval); legacy API off.
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
    __VUE_OPTIONS_API__: false,
    __VUE_PROD_DEVTOOLS__: false,
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: false,
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    cssCodeSplit: false,
    sourcemap: false,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:18090' },
  },
})
