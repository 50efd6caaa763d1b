import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus, { ElDialog, ElFormItem, ElInput } from 'element-plus'
import { defineComponent, h, nextTick, reactive, ref } from 'vue'
import EditDialog from './EditDialog.vue'

let wrapper: VueWrapper | undefined

// host mounts an open EditDialog over a one-field form.
function host(saving = false) {
  const submitted = ref(0)
  const form = reactive({ name: '' })
  const C = defineComponent({
    setup() {
      const open = ref(true)
      return () =>
        h(
          EditDialog,
          {
            modelValue: open.value,
            'onUpdate:modelValue': (v: boolean) => (open.value = v),
            title: '测试',
            model: form,
                        saving,
            formTestid: 'f',
            submitTestid: 'ok',
            onSubmit: () => submitted.value++,
          },
          () =>
            h(ElFormItem, { label: '名称', prop: 'name' }, () =>
              h(ElInput, { modelValue: form.name, 'onUpdate:modelValue': (v: string) => (form.name = v), 'data-testid': 'name' }),
            ),
        )
    },
  })
  wrapper = mount(C, { global: { plugins: [ElementPlus] }, attachTo: document.body })
  return { submitted, form }
}

const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)!

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
})

describe('EditDialog', () => {
  it('puts the cursor in the first field, and submits with 保存 or Enter', async () => {
    const { submitted, form } = host()
    await flushPromises()
    wrapper!.findComponent(ElDialog).vm.$emit('opened') // jsdom runs no transitions
    expect(document.activeElement).toBe(byTestId('name'))
    form.name = '东风嘎查'
    await nextTick()
    expect(byTestId('ok').textContent).toContain('保存')
    byTestId('ok').click()
    await flushPromises()
    expect(submitted.value).toBe(1)
    byTestId('f').dispatchEvent(new Event('submit'))
    await flushPromises()
    expect(submitted.value).toBe(2)
  })

  it('ignores a submit while a save is in flight', async () => {
    const { submitted, form } = host(true)
    form.name = '东风嘎查'
    await flushPromises()
    byTestId('f').dispatchEvent(new Event('submit'))
    await flushPromises()
    expect(submitted.value).toBe(0)
  })
})
