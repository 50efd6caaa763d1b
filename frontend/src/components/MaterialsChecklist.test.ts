import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import MaterialsChecklist from './MaterialsChecklist.vue'

const materials = [
  { name: '户口簿', original: false, copies: 1, required: true, note: '原件核对后退还' },
  { name: '居民身份证', original: true, copies: 0, required: true, note: '' },
  { name: '疾病或残疾证明', original: false, copies: 2, required: false, note: '家里有重病或残疾成员的提供' },
]

function render(modelValue: string[] = [], locked: string[] = []) {
  const w = mount(MaterialsChecklist, {
    props: { materials, modelValue, locked, 'onUpdate:modelValue': (v: string[]) => w.setProps({ modelValue: v }) },
    global: { plugins: [ElementPlus] },
  })
  return w
}

const box = (w: ReturnType<typeof render>, name: string) => w.find(`[data-testid="material-check"][data-name="${name}"]`)
const last = (w: ReturnType<typeof render>) => w.emitted('update:modelValue')!.at(-1)![0]

describe('MaterialsChecklist', () => {
  it('lists every material with its kind, copies, required mark and note', () => {
    const w = render()
    const rows = w.findAll('li')
    expect(rows).toHaveLength(3)
    expect(rows[0].text()).toContain('户口簿')
    expect(rows[0].text()).toContain('必需')
    expect(rows[0].text()).toContain('复印件')
    expect(rows[0].text()).toContain('1份')
    expect(rows[0].text()).toContain('原件核对后退还')
    expect(rows[1].text()).toContain('原件')
    expect(rows[1].text()).toContain('出示即可')
    expect(rows[2].text()).toContain('选交')
    expect(rows[2].text()).toContain('2份')
    expect(w.find('[data-testid="materials-count"]').text()).toBe('已收 0/3')
  })

  it('ticks and unticks by name, keeping the catalog order', async () => {
    const w = render()
    await box(w, '疾病或残疾证明').find('input').setValue(true)
    expect(last(w)).toEqual(['疾病或残疾证明'])
    await box(w, '户口簿').find('input').setValue(true)
    expect(last(w)).toEqual(['户口簿', '疾病或残疾证明'])
    expect(w.find('[data-testid="materials-count"]').text()).toBe('已收 2/3')
    await box(w, '疾病或残疾证明').find('input').setValue(false)
    expect(last(w)).toEqual(['户口簿'])
  })

  it('全部收齐 ticks the required materials only and is then disabled', async () => {
    const w = render(['居民身份证'])
    await w.find('[data-testid="materials-all"]').trigger('click')
    expect(last(w)).toEqual(['户口簿', '居民身份证'])
    expect(box(w, '疾病或残疾证明').find('input').element.checked).toBe(false)
    expect(w.find('[data-testid="materials-all"]').attributes('disabled')).toBeDefined()
  })

  it('全部收齐 keeps an optional material ticked by hand', async () => {
    const w = render(['疾病或残疾证明'])
    await w.find('[data-testid="materials-all"]').trigger('click')
    expect(last(w)).toEqual(['户口簿', '居民身份证', '疾病或残疾证明'])
  })

  it('has no 全部收齐 when every material is optional', () => {
    const w = mount(MaterialsChecklist, { props: { materials: [materials[2]], modelValue: [] }, global: { plugins: [ElementPlus] } })
    expect(w.find('[data-testid="materials-all"]').exists()).toBe(false)
  })

  it('shows earlier materials ticked and locked, and never sends them again', async () => {
    const w = render([], ['户口簿'])
    const locked = box(w, '户口簿')
    expect(locked.find('input').element.checked).toBe(true)
    expect(locked.find('input').element.disabled).toBe(true)
    expect(w.find('[data-testid="materials-count"]').text()).toBe('已收 1/3')
    await w.find('[data-testid="materials-all"]').trigger('click')
    expect(last(w)).toEqual(['居民身份证'])
  })

  it('says so when an item needs no materials', () => {
    const w = mount(MaterialsChecklist, { props: { materials: [], modelValue: [] }, global: { plugins: [ElementPlus] } })
    expect(w.text()).toContain('该事项无需提交材料')
    expect(w.find('[data-testid="materials-all"]').exists()).toBe(false)
  })
})
