import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, reactive } from 'vue'
import { mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { useSession } from '../stores/session'
import { clearDrafts, draftKey, hasDraft, useDraft, type Draft } from './useDraft'

const form = reactive({ name: '', phone: '' })
let draft: Draft
const mounted: VueWrapper[] = []

function open() {
  const Page = defineComponent({
    setup() {
      draft = useDraft('petition', () => ({ ...form }), (d) => void Object.assign(form, d))
      return () => h('div')
    },
  })
  mounted.push(mount(Page))
  return draft.start()
}

function signIn(id: number) {
  const s = useSession()
  s.status = { operator: { id, username: 'u' + id }, permissions: [] } as never
}

beforeEach(() => {
  vi.useFakeTimers()
  sessionStorage.clear()
  setActivePinia(createPinia())
  signIn(3)
  Object.assign(form, { name: '', phone: '' })
})

afterEach(() => {
  mounted.splice(0).forEach((w) => w.unmount())
  vi.useRealTimers()
})

async function type(name: string, phone = '') {
  Object.assign(form, { name, phone })
  await nextTick()
  vi.advanceTimersByTime(400)
}

describe('useDraft', () => {
  it('keeps what is typed and restores it after a reload, saying so', async () => {
    await open()
    expect(draft.restored.value).toBe(false)
    await type('张伟', '13812345678')
    expect(JSON.parse(sessionStorage.getItem(draftKey(3, 'petition'))!)).toEqual({ name: '张伟', phone: '13812345678' })

    Object.assign(form, { name: '', phone: '' }) // the reload: a fresh form, the tab's storage kept
    await open()
    expect(form).toEqual({ name: '张伟', phone: '13812345678' })
    expect(draft.restored.value).toBe(true)
  })

  it('keeps nothing for an untouched form and forgets the draft once saved', async () => {
    await open()
    await type('')
    expect(hasDraft('petition')).toBe(false)
    await type('张伟')
    expect(hasDraft('petition')).toBe(true)
    draft.clear()
    expect(hasDraft('petition')).toBe(false)
  })

  it('discards a restored draft, putting the form back as it started', async () => {
    sessionStorage.setItem(draftKey(3, 'petition'), JSON.stringify({ name: '张伟', phone: '' }))
    await open()
    expect(form.name).toBe('张伟')
    await draft.discard()
    expect(form.name).toBe('')
    expect(draft.restored.value).toBe(false)
    expect(hasDraft('petition')).toBe(false)
  })

  it('keeps each operator their own drafts; leaving the form on purpose or signing out drops them', async () => {
    sessionStorage.setItem(draftKey(4, 'petition'), JSON.stringify({ name: '别人的', phone: '' }))
    await open()
    expect(form.name).toBe('')
    await type('张伟')
    mounted.pop()!.unmount() // left the page, confirmed
    expect(hasDraft('petition')).toBe(false)

    await open()
    await type('李秀英')
    Object.assign(form, { name: '李秀英二' }) // typed just before signing out: not yet written
    await nextTick()
    clearDrafts()
    useSession().reset()
    mounted.pop()!.unmount()
    expect(sessionStorage.length).toBe(0)
  })

  it('keeps the draft when the page goes because the session ended', async () => {
    await open()
    await type('张伟')
    useSession().reset('登录已过期')
    mounted.pop()!.unmount()
    signIn(3)
    expect(hasDraft('petition')).toBe(true)
  })
})
