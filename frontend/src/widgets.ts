// widgets.ts registers Element Plus in two steps, so that the window's first screen does not wait
// for the whole library: at start only the widgets of the login, setup and load-error screens;
// every other widget before any other screen is resolved (router.ts), or in the background once
// the first screen is drawn (App.vue). The styles are loaded whole at start (main.ts), so the
// order of the style sheets, and with it every screen's look, stays as it was.
import type { App } from 'vue'
import { ElAlert, ElButton, ElCard, ElForm, ElFormItem, ElInput, ElMessage, ElResult, provideGlobalConfig } from 'element-plus'
import zhCn from 'element-plus/es/locale/lang/zh-cn'

/** firstWidgets are the widgets of the screens drawn before the rest has loaded. */
export const firstWidgets = [ElAlert, ElButton, ElCard, ElForm, ElFormItem, ElInput, ElResult]

let target: App | undefined
let all: Promise<void> | undefined

/** installFirstWidgets gives app the zh-CN locale, the first screens' widgets and the messages
 * (their errors and notices), which then show with the app's settings. */
export function installFirstWidgets(app: App): void {
  target = app
  provideGlobalConfig({ locale: zhCn }, app, true)
  for (const c of firstWidgets) app.use(c)
  app.use(ElMessage)
}

/** loadAllWidgets registers every other Element Plus widget and directive, once. */
export function loadAllWidgets(): Promise<void> {
  if (!all) {
    all = import('element-plus/es/defaults').then((m) => {
      if (target) target.use(m.default) // the locale is already given
    })
    all.catch(() => {
      all = undefined // a later navigation tries again (router.onError reloads a stale page)
    })
  }
  return all
}
