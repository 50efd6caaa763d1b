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
  const open = ref(true)
  const C = defineComponent({
    setup() {
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
  return { submitted, form, open }
}

/** discardBox is the newest "discard the changes?" question, if any (jsdom keeps answered ones). */
const discardBox = () =>
  [...document.querySelectorAll<HTMLElement>('.el-message-box')].filter((b) => b.textContent?.includes('有未保存的内容，确定放弃吗？')).pop()

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

  it('asks before 取消 or × drops typed changes; staying keeps them', async () => {
    const { form, open } = host()
    await flushPromises()
    form.name = '东风嘎查'
    await nextTick()
    byTestId('edit-cancel').click()
    await flushPromises()
    expect(discardBox()).toBeTruthy()
    discardBox()!.querySelector<HTMLElement>('.leave-stay')!.click()
    await flushPromises()
    expect(open.value).toBe(true)
    expect(form.name).toBe('东风嘎查')

    const boxes = document.querySelectorAll('.el-message-box').length
    document.querySelector<HTMLElement>('.el-dialog__headerbtn')!.click()
    await flushPromises()
    expect(document.querySelectorAll('.el-message-box').length).toBe(boxes + 1)
    discardBox()!.querySelector<HTMLElement>('.leave-go')!.click()
    await flushPromises()
    // jsdom ends no transition, so the dialog is hidden but has not yet told its v-model.
    expect((wrapper!.findComponent(ElDialog).vm as unknown as { visible: boolean }).visible).toBe(false)
  })

  it('closes an unchanged dialog at once, and a save closes without asking', async () => {
    const { form, open } = host()
    await flushPromises()
    byTestId('edit-cancel').click()
    await flushPromises()
    expect(open.value).toBe(false)
    expect(discardBox()).toBeUndefined()

    form.name = '东风嘎查' // the next opening starts from what the form holds then
    open.value = true
    await flushPromises()
    byTestId('edit-cancel').click()
    await flushPromises()
    expect(open.value).toBe(false)
    expect(discardBox()).toBeUndefined()
  })
})
