import { createApp, watch } from 'vue'
import App from './App.vue'
import { router, pageTitle } from './router'
import { i18n, applyLocale, currentLocale } from './common/i18n'
import './styles.css'

applyLocale(currentLocale(), false)
// Keep <html lang> and the title in step with the interface language.
watch(i18n.global.locale, () => {
  document.title = pageTitle(router.currentRoute.value)
})

createApp(App).use(i18n).use(router).mount('#app')

// The app opens without network once its shell is kept (pwa/service-worker.js); built app only.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch((e) => console.warn('service worker not registered', e))
  })
}
