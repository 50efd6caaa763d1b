// test-setup.ts gives every component mounted in a Vitest test the app's vue-i18n plugin.
import { config } from '@vue/test-utils'
import { i18n } from './i18n'

config.global.plugins = [...(config.global.plugins ?? []), i18n]
