import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus, { ElDialog } from 'element-plus'
import { defineComponent, h, nextTick, ref } from 'vue'
import ActionDialogShell from './ActionDialogShell.vue'

let wrapper: VueWrapper | undefined

// host mounts an open shell over a date field and a note, and counts what it emits.
function host(props: Record<string, unknown> = {}) {
  const seen = { submit: 0, close: 0, keys: [] as string[] }
  const error = ref('')
  const C = defineComponent({
    setup() {
      return () =>
        h(
          ActionDialogShell,
          {
            open: true,
            title: '受理',
            width: '600px',
            busy: false,
            error: error.value,
            errorTestid: 'dlg-error',
            submitText: '受理',
            submitTestid: 'ok',
            'data-testid': 'dlg',
            onSubmit: () => seen.submit++,
            onClose: () => seen.close++,
            onKeydown: (ev: KeyboardEvent) => seen.keys.push(ev.key),
            ...props,
          },
          () => [
            h('div', { class: 'el-date-editor' }, [h('input', { 'data-testid': 'date' })]),
            h('textarea', { 'data-testid': 'note' }),
            h('input', { 'data-testid': 'line' }),
          ],
        )
    },
  })
  wrapper = mount(C, { global: { plugins: [ElementPlus] }, attachTo: document.body })
  return { seen, error }
}

const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)!
const opened = async () => {
  wrapper!.findComponent(ElDialog).vm.$emit('opened') // jsdom runs no transitions
  await nextTick()
}
const key = (el: HTMLElement, init: KeyboardEventInit) => el.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, ...init }))

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
})

describe('ActionDialogShell', () => {
  it('puts the cursor in the first focusable field, passing over what skip names', async () => {
    host({ skip: '.el-date-editor' })
    await flushPromises()
    await opened()
    expect(document.activeElement).toBe(byTestId('note'))
  })

  it('without skip the first field gets the cursor', async () => {
    host()
    await flushPromises()
    await opened()
    expect(document.activeElement).toBe(byTestId('date'))
  })

  it('submits with Ctrl+Enter and the button, passes other keys on, and not during composition', async () => {
    const { seen } = host()
    await flushPromises()
    key(byTestId('note'), { key: 'Enter', ctrlKey: true })
    key(byTestId('note'), { key: 'Enter', ctrlKey: true, isComposing: true })
    key(byTestId('note'), { key: '3' })
    byTestId('ok').click()
    await flushPromises()
    expect(seen.submit).toBe(2)
    expect(seen.keys).toEqual(['3'])
    expect(byTestId('ok').textContent?.trim()).toBe('受理')
  })

  it('取消 emits close, and a general error shows under the fields', async () => {
    const { seen, error } = host()
    await flushPromises()
    const cancel = Array.from(byTestId('dlg').querySelectorAll('button')).find((b) => b.textContent?.trim() === '取消')!
    cancel.click()
    expect(seen.close).toBe(1)
    expect(document.querySelector('[data-testid="dlg-error"]')).toBeNull()
    error.value = '已被他人修改'
    await flushPromises()
    expect(byTestId('dlg-error').textContent).toContain('已被他人修改')
  })

  it('Enter in a one-line field submits only with enterSubmits', async () => {
    const { seen } = host({ enterSubmits: true })
    await flushPromises()
    expect(byTestId('dlg').querySelector('button[type=submit][hidden]')).not.toBeNull()
    byTestId('dlg').querySelector('form')!.dispatchEvent(new Event('submit'))
    expect(seen.submit).toBe(1)
    wrapper!.unmount()
    wrapper = undefined
    document.body.innerHTML = ''
    host()
    await flushPromises()
    expect(byTestId('dlg').querySelector('button[type=submit]')).toBeNull()
  })
})
