import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { useSession } from '../../stores/session'
import { app } from '../../../wailsjs/go/models'
import { AppError } from '../../api/errors'
import * as prints from '../../api/prints'
import * as catalog from '../../api/catalog'
import * as cadres from '../../api/cadres'
import * as documents from '../../api/documents'
import PrintShopView from './PrintShopView.vue'

vi.mock('../../api/prints', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../api/prints')>()
  return { ...orig, pocketGuide: vi.fn(), leaflet: vi.fn() }
})
vi.mock('../../api/catalog', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../api/catalog')>()
  return { ...orig, listServiceItems: vi.fn() }
})
vi.mock('../../api/cadres', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../api/cadres')>()
  return { ...orig, printCounts: vi.fn() }
})
vi.mock('../../api/documents', () => ({ deliverDocument: vi.fn() }))

const api = vi.mocked(prints)

function item(id: number, name: string, category: string): catalog.ServiceItem {
  return { id, code: `X-${id}`, name, category, active: true, materials: [], steps: [] } as unknown as catalog.ServiceItem
}

const catalogItems = [
  item(1, '城乡居民医保参保登记', '医保'),
  item(2, '异地就医备案', '医保'),
  item(3, '城乡居民养老保险参保登记', '养老'),
  item(4, '最低生活保障新申请', '低保'),
  item(5, '低保复核', '低保'),
]

const BOOKLET_STEPS = [
  '用A4纸双面打印，翻转方式选“长边翻转”，按实际大小（100%）打印，不要缩放。',
  '装订：每张纸先沿横向中线向后对折，再沿竖向中线对折。',
  '按打印顺序把各张套在一起，第1张在最外面。',
  '在书脊折缝处骑马钉装订。',
  '最后沿书头（顶部）的折边裁开。',
]

let wrapper: VueWrapper | undefined
let pinia: Pinia

function signIn() {
  useSession().status = app.Status.createFrom({
    needsSetup: false,
    hallName: '乌兰木伦镇便民服务大厅',
    township: '乌兰木伦镇',
    version: 'test',
    operator: { id: 1, username: 'admin', name: '其其格', role: 'admin', roleLabel: '管理员', phone: '', active: true, lockedUntil: '', createdAt: '' },
    permissions: ['print'],
    idleMinutes: 30,
    today: '2026-03-10',
  })
}

async function mountView() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/prints', name: 'prints', component: PrintShopView },
      { path: '/cadres', name: 'cadres', component: { render: () => null } },
    ],
  })
  await router.push('/prints')
  wrapper = mount(PrintShopView, { global: { plugins: [pinia, ElementPlus, router] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

function byTestId<T extends Element = HTMLElement>(id: string): T {
  const el = document.querySelector<T>(`[data-testid="${id}"]`)
  if (!el) throw new Error(`no element with data-testid=${id}`)
  return el
}

function guideItem(name: string): HTMLInputElement {
  const el = document.querySelector(`[data-testid="guide-item"][data-name="${name}"]`)
  if (!el) throw new Error(`no guide item ${name}`)
  return el.querySelector('input')!
}

async function click(el: Element) {
  ;(el as HTMLElement).click()
  await flushPromises()
}

/** radio clicks the radio button with that text inside the group with the test id. */
async function radio(testid: string, text: string) {
  const label = [...byTestId(testid).querySelectorAll('label')].find((l) => l.textContent?.trim() === text)
  if (!label) throw new Error(`no radio ${text} in ${testid}`)
  await click(label.querySelector('input')!)
}

const doc = (over: Partial<app.Document> = {}) =>
  ({ fileName: '惠民政策口袋书.pdf', base64: 'JVBERg==', savedPath: '', warning: '', hintSteps: [], ...over }) as app.Document

beforeEach(() => {
  vi.clearAllMocks()
  pinia = createPinia()
  setActivePinia(pinia)
  signIn()
  vi.mocked(catalog.listServiceItems).mockResolvedValue(catalogItems.map((it) => ({ ...it }) as catalog.ServiceItem))
  vi.mocked(cadres.printCounts).mockResolvedValue({ 口袋书: 30, 民情联系卡: 10 })
  vi.mocked(documents.deliverDocument).mockReturnValue('已下载：惠民政策口袋书.pdf')
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
  vi.restoreAllMocks()
})

describe('PrintShopView', () => {
  it('shows the items by category and this month’s counts', async () => {
    await mountView()
    const names = [...document.querySelectorAll('[data-testid="guide-item"]')].map((e) => e.getAttribute('data-name'))
    expect(names).toEqual(['城乡居民医保参保登记', '异地就医备案', '城乡居民养老保险参保登记', '最低生活保障新申请', '低保复核'])
    const cats = [...document.querySelectorAll('[data-testid="guide-category-all"]')].map((e) => e.getAttribute('data-category'))
    expect(cats).toEqual(['医保', '养老', '低保'])
    expect(cadres.printCounts).toHaveBeenCalledWith('2026-03-01', '2026-03-10')
    const counts = byTestId('print-counts')
    expect(counts.textContent).toContain('2026年3月')
    expect(counts.querySelector('[data-kind="口袋书"]')!.textContent).toContain('30')
    expect(counts.querySelector('[data-kind="宣传单"]')!.textContent).toContain('0')
  })

  it('sends the ids of two chosen items', async () => {
    api.pocketGuide.mockResolvedValue(doc())
    await mountView()
    await click(guideItem('最低生活保障新申请'))
    await click(guideItem('城乡居民医保参保登记'))
    expect(byTestId('guide-chosen').textContent).toContain('已选 2 / 5 项')
    await click(byTestId('guide-print'))
    expect(api.pocketGuide).toHaveBeenCalledWith({
      itemIds: [1, 4], // in catalog order
      category: '',
      title: '惠民政策口袋书',
      subtitle: '',
      year: 2026,
      pageSize: 'A6',
      booklet: false,
      copies: 1,
    })
    expect(documents.deliverDocument).toHaveBeenCalled()
    expect(document.querySelector('[data-testid="guide-hint"]')).toBeNull() // single pages: no folding
    expect(cadres.printCounts).toHaveBeenCalledTimes(2) // the counts are read again after printing
  })

  it('chooses a whole category with 全选本类, and lets it go again', async () => {
    api.pocketGuide.mockResolvedValue(doc())
    await mountView()
    const all = document.querySelector('[data-testid="guide-category-all"][data-category="低保"] input') as HTMLInputElement
    await click(all)
    expect(guideItem('最低生活保障新申请').checked).toBe(true)
    expect(guideItem('低保复核').checked).toBe(true)
    expect(guideItem('异地就医备案').checked).toBe(false)
    await click(guideItem('低保复核'))
    expect(document.querySelector('[data-testid="guide-category-all"][data-category="低保"] .el-checkbox__input')!.classList.contains('is-indeterminate')).toBe(true)
    await click(all)
    await click(byTestId('guide-print'))
    expect(api.pocketGuide).toHaveBeenCalledWith(expect.objectContaining({ itemIds: [4, 5] }))
  })

  it('shows how to print and fold a booklet', async () => {
    api.pocketGuide.mockResolvedValue(doc({ fileName: '惠民政策口袋书-折页打印.pdf', hintSteps: BOOKLET_STEPS }))
    await mountView()
    await click(guideItem('城乡居民养老保险参保登记'))
    await radio('guide-booklet', '折页打印（A4双面）')
    expect(document.body.textContent).toContain('折叠')
    await radio('guide-pagesize', 'A5')
    await click(byTestId('guide-print'))
    expect(api.pocketGuide).toHaveBeenCalledWith(expect.objectContaining({ itemIds: [3], booklet: true, pageSize: 'A5' }))
    const hint = byTestId('guide-hint')
    expect(hint.textContent).toContain('惠民政策口袋书-折页打印.pdf')
    const steps = [...hint.querySelectorAll('li')].map((li) => li.textContent)
    expect(steps[0]).toContain('双面打印')
    expect(steps[0]).toContain('长边翻转')
    expect(steps.some((s) => s?.includes('骑马钉'))).toBe(true)
    expect(steps.join('')).toContain('最后沿书头（顶部）的折边裁开。')
  })

  it('says so when nothing is chosen and does not call the server', async () => {
    await mountView()
    await click(byTestId('guide-print'))
    expect(api.pocketGuide).not.toHaveBeenCalled()
    expect(byTestId('guide-error').textContent).toContain('请至少选择一个服务事项')
    // choosing an item clears the message
    await click(guideItem('异地就医备案'))
    expect(document.querySelector('[data-testid="guide-error"]')).toBeNull()
  })

  it('shows the server’s refusal', async () => {
    api.pocketGuide.mockRejectedValue(new AppError('invalid', '所选事项中有已停用或不存在的事项，请刷新后重新选择', 'itemIds'))
    await mountView()
    await click(guideItem('异地就医备案'))
    await click(byTestId('guide-print'))
    expect(byTestId('guide-error').textContent).toContain('已停用或不存在')
  })

  it('prints a leaflet for a service item', async () => {
    api.leaflet.mockResolvedValue(doc({ fileName: '宣传单-异地就医备案.pdf' }))
    await mountView()
    const select = wrapper!.findAllComponents({ name: 'ElSelect' }).find((s) => s.attributes('data-testid') === 'leaflet-item')!
    await click(byTestId('leaflet-print'))
    expect(api.leaflet).not.toHaveBeenCalled()
    // Element Plus shows a field's message after a short debounce
    const field = byTestId('leaflet-item').closest('.el-form-item')!
    await vi.waitFor(() => expect(field.querySelector('.el-form-item__error')?.textContent).toContain('请选择一个服务事项'))
    select.vm.$emit('update:modelValue', 2)
    await flushPromises()
    await click(byTestId('leaflet-print'))
    expect(api.leaflet).toHaveBeenCalledWith({ itemId: 2, title: '', paragraphs: [], keyFacts: [], contacts: '', mongolianTitle: '', mongolian: '', mongolianPage: false, twoSided: false, copies: 1 })
  })

  it('prints a custom notice with its paragraphs and key facts', async () => {
    api.leaflet.mockResolvedValue(doc({ fileName: '宣传单-医保缴费通知.pdf' }))
    await mountView()
    await radio('leaflet-mode', '自定义通知')
    const set = async (el: Element, v: string) => {
      const input = (el.matches('input, textarea') ? el : el.querySelector('input, textarea')) as HTMLInputElement
      input.value = v
      input.dispatchEvent(new Event('input'))
      await flushPromises()
    }
    await set(byTestId('leaflet-title'), '医保缴费通知')
    await set(document.querySelectorAll('[data-testid="leaflet-paragraph"]')[0], '第一段')
    await click(byTestId('leaflet-paragraph-add'))
    await click(byTestId('leaflet-paragraph-add'))
    const paras = document.querySelectorAll('[data-testid="leaflet-paragraph"]')
    expect(paras).toHaveLength(3)
    await set(paras[2], '第三段')
    await click(document.querySelectorAll('[data-testid="leaflet-paragraph-remove"]')[1]) // the empty middle one
    expect(document.querySelectorAll('[data-testid="leaflet-paragraph"]')).toHaveLength(2)
    await set(byTestId('leaflet-fact-label'), '缴费时间')
    await set(byTestId('leaflet-fact-value'), '即日起至12月31日')
    await click(byTestId('leaflet-fact-add')) // an empty row is left out
    await click(byTestId('leaflet-two-sided').querySelector('input')!)
    // a Mongolian paragraph, previewed vertically as it prints
    await set(byTestId('leaflet-mongolian'), ' ᠰᠤᠮᠤ ᠬᠣᠲᠠ\nᠪᠠᠶᠠᠨ ')
    expect([...byTestId('leaflet-mongolian-preview').querySelectorAll('.mn-column')].map((c) => c.textContent)).toEqual(['ᠰᠤᠮᠤ ᠬᠣᠲᠠ', 'ᠪᠠᠶᠠᠨ'])
    await click(byTestId('leaflet-print'))
    expect(api.leaflet).toHaveBeenCalledWith({
      itemId: 0,
      title: '医保缴费通知',
      paragraphs: ['第一段', '第三段'],
      keyFacts: [{ label: '缴费时间', value: '即日起至12月31日' }],
      contacts: '',
      mongolianTitle: '',
      mongolian: 'ᠰᠤᠮᠤ ᠬᠣᠲᠠ\nᠪᠠᠶᠠᠨ',
      mongolianPage: false,
      twoSided: true,
      copies: 1,
    })
  })

  it('sends the contact cards to the cadre registry', async () => {
    await mountView()
    expect(byTestId('prints-cards').textContent).toContain('干部名册')
    expect(document.querySelector('[data-testid="prints-cards-go"]')).not.toBeNull()
  })
})
