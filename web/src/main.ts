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
