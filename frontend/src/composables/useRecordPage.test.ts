import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { AppError } from '../api/errors'
import { useRecordPage } from './useRecordPage'

vi.mock('element-plus', async (importOriginal) => {
  const orig = await importOriginal<typeof import('element-plus')>()
  return { ...orig, ElMessage: Object.assign(vi.fn(), { success: vi.fn(), error: vi.fn(), warning: vi.fn() }) }
})

type Rec = { id: number; version: number }
type Act = { action: string; label: string }

// page mounts a component that uses useRecordPage over get, for the id in the returned ref.
function page(get: (id: number) => Promise<Rec>, loaded?: (r: Rec) => void) {
  const id = ref(1)
  let api!: ReturnType<typeof useRecordPage<Rec, Act>>
  mount(
    defineComponent({
      setup() {
        api = useRecordPage<Rec, Act>({ id: () => id.value, get, notFound: () => '找不到该记录', loaded, doneText: (l) => `已完成：${l}` })
        return () => h('div')
      },
    }),
  )
  return { id, api: () => api }
}

describe('useRecordPage', () => {
  it('reads the record, again when the id changes, and after each read runs loaded', async () => {
    const get = vi.fn(async (id: number) => ({ id, version: 1 }))
    const loaded = vi.fn()
    const { id, api } = page(get, loaded)
    await flushPromises()
    expect(api().record.value).toEqual({ id: 1, version: 1 })
    id.value = 2
    await nextTick()
    await flushPromises()
    expect(get.mock.calls.map((c) => c[0])).toEqual([1, 2])
    expect(loaded).toHaveBeenCalledTimes(2)
    expect(api().loading.value).toBe(false)
  })

  it('says 找不到 for a record that is gone', async () => {
    const { api } = page(async () => {
      throw new AppError('not_found', '')
    })
    await flushPromises()
    expect(api().notFound.value).toBe('找不到该记录')
    expect(api().record.value).toBeNull()
  })

  it('after an action shows the returned record and closes the dialog; a stale refusal reads again', async () => {
    const get = vi.fn(async (id: number) => ({ id, version: 1 }))
    const { api } = page(get)
    await flushPromises()
    const a = api()
    a.action.value = { action: 'accept', label: '受理' }
    a.onDone({ id: 1, version: 2 })
    expect(a.action.value).toBeNull()
    expect(a.record.value).toEqual({ id: 1, version: 2 })
    const { ElMessage } = await import('element-plus')
    expect(ElMessage.success).toHaveBeenCalledWith('已完成：受理')

    a.action.value = { action: 'reply', label: '答复' }
    a.onStale(new AppError('stale', '已被他人修改'))
    await flushPromises()
    expect(a.action.value).toBeNull()
    expect(a.stale.value?.code).toBe('stale')
    expect(get).toHaveBeenCalledTimes(2)
  })
})
