import { createApp } from 'vue'
import { createPinia } from 'pinia'
import 'element-plus/dist/index.css'
import './style.css'
import App from './App.vue'
import { router } from './router'
import { i18n } from './i18n'
import { installFirstWidgets } from './widgets'

// Only the first screens' widgets now; the rest of Element Plus loads before any other screen.
const app = createApp(App).use(createPinia()).use(router).use(i18n)
installFirstWidgets(app)
app.mount('#app')
