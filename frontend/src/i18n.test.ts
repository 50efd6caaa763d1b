import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { defineComponent, h } from 'vue'
import { useI18n } from 'vue-i18n'

// The sources of every screen and module, as text: all but the locale files, the generated
// vocabulary, the tests and the test setup.
const sources = import.meta.glob(
  ['./**/*.vue', './**/*.ts', '!./locales/**', '!./generated/**', '!./**/*.test.ts', '!./test-setup.ts'],
  { query: '?raw', import: 'default', eager: true },
) as Record<string, string>

// allowed names the declarations, as "file: name", whose Chinese is data rather than words to
// translate: the hall's values as the server stores and checks them (shown as they are; a second
// language would name them by value), and the splitting of the server's Chinese print hints.
const allowed = new Set<string>([
  './api/admin.ts: villageKinds', // hall: the kinds of place
  './api/admin.ts: auditActions', // the actions the audit log stores, a filter's choices
  './api/admin.ts: auditEntities', // the entity names the audit log stores
  './api/cadres.ts: cadreTypes', // hall.CadreTypes
  './api/cadres.ts: cadreRoles', // hall.CadreRoles
  './api/cadres.ts: workTeamKinds', // hall.WorkTeamKinds
  './api/petitions.ts: FOLLOW_UP', // hall.FollowUpKind
  './api/prints.ts: defaultGuideTitle', // the title the server gives a guide without one
  './api/visits.ts: visitWays', // hall.VisitWays
  './api/visits.ts: visitPurposes', // hall.VisitPurposes
  './api/visits.ts: activityKinds', // hall.ActivityKinds (names; the cadence is a message)
  './api/visits.ts: helpKinds', // hall.HelpKinds
])

const cjk = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]+/g

// withoutComments blanks out comments (keeping line numbers), which may be written in any language.
function withoutComments(text: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ')
  return text
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/\/\*[\s\S]*?\*\//g, blank)
    .replace(/(^|[^:'"`\\])\/\/[^\n]*/g, (m, pre: string) => pre + blank(m.slice(pre.length)))
}

// declarations maps each line to the name of the top-level declaration it belongs to (a
// declaration runs from "const NAME" or "function NAME" at the start of a line to the next blank line).
function declarations(lines: string[]): string[] {
  let name = ''
  return lines.map((line) => {
    const m = /^(?:export )?(?:const|function) (\w+)/.exec(line)
    if (m) name = m[1]
    else if (!line.trim()) name = ''
    return name
  })
}

// hardCoded lists "file:line: text" for each run of Chinese characters outside comments and
// outside the allowed declarations.
function hardCoded(file: string, text: string): string[] {
  const found: string[] = []
  const lines = withoutComments(text).split('\n')
  const names = declarations(lines)
  lines.forEach((line, i) => {
    if (names[i] && allowed.has(`${file}: ${names[i]}`)) return
    for (const m of line.matchAll(cjk)) found.push(`${file}:${i + 1}: ${m[0]}`)
  })
  return found
}

describe('user-facing words', () => {
  it('come from the locale files in every screen and module', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(100)
    const found = Object.entries(sources).flatMap(([file, text]) => hardCoded(file, text))
    expect(found).toEqual([])
  })

  it('the scan sees Chinese in code and not in comments', () => {
    const src = "// 注释\n<!-- 注释 -->\nconst a = '保存' /* 注释 */\n<span>{{ x }}取消</span>\nconst u = 'http://x' + '确定'"
    expect(hardCoded('x.vue', src)).toEqual(['x.vue:3: 保存', 'x.vue:4: 取消', 'x.vue:5: 确定'])
  })

  it('the scan skips only the allowed declarations, each up to the next blank line', () => {
    const src = "const cadreTypes = [\n  '驻村干部',\n]\nconst hint = '提示'\n\nconst other = '其他'"
    expect(hardCoded('./api/cadres.ts', src)).toEqual(['./api/cadres.ts:4: 提示', './api/cadres.ts:6: 其他'])
  })

  it('are given to components through t() with placeholders filled', () => {
    const C = defineComponent({
      setup() {
        const { t } = useI18n()
        return () => h('p', [t('app.save'), t('admin.common.count', { n: 3 })])
      },
    })
    expect(mount(C).text()).toBe('保存共 3 条')
  })
})
