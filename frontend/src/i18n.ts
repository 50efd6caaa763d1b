// i18n.ts sets up vue-i18n: the locale files under locales/ are the messages, Simplified Chinese
// is the only locale today. Screens read their words through t() (useI18n) or $t; a second
// language is one more entry in messages.
import { createI18n } from 'vue-i18n'
import { t as zhCN } from './locales/zh-CN'
import { reportText } from './locales/zh-CN-reports'
import { outreachText } from './locales/zh-CN-outreach'
import { adminText } from './locales/zh-CN-admin'
import { briefingText } from './locales/zh-CN-briefing'
import { staleText } from './locales/zh-CN-stale'
import { readingText } from './locales/zh-CN-reading'
import { sessionText } from './locales/zh-CN-session'
import { importText } from './locales/zh-CN-import'

/** messages are the words of each locale, by locale code. */
export const messages = {
  'zh-CN': { ...zhCN, report: reportText, outreach: outreachText, admin: adminText, briefing: briefingText, stale: staleText, reading: readingText, session: sessionText, residentImport: importText },
}

/** Translate is t() as the small formatters take it: a key and its placeholders' values. */
export type Translate = (key: string, named?: Record<string, unknown>) => string

/** i18n is the app's vue-i18n instance (Composition API mode). */
export const i18n = createI18n({
  legacy: false,
  locale: 'zh-CN',
  fallbackLocale: 'zh-CN',
  // Keys are strings built by the screens (some from data, such as a ledger's name), so the
  // message schema is not inferred as a type.
  messages: messages as Record<string, any>,
})
