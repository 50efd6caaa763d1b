import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus from 'element-plus'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { AppError } from '../../api/errors'
import * as replica from '../../api/replica'
import ReplicaView from './ReplicaView.vue'
import HeaderReminder from './HeaderReminder.vue'
import { useSession } from '../../stores/session'

vi.mock('../../api/replica', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../api/replica')>()
  return { ...orig, getReplica: vi.fn(), saveReplica: vi.fn(), stopReplica: vi.fn(), testReplica: vi.fn() }
})

const api = vi.mocked(replica)
let wrapper: VueWrapper | undefined
let pinia: Pinia

/** overview is an SFTP target whose replica has waited two days. */
function overview(patch: Partial<replica.ReplicaOverview> = {}): replica.ReplicaOverview {
  return {
    target: { ...replica.emptyTarget('sftp'), host: '10.0.0.5', user: 'hall01', password: replica.SECRET_MASK, hostKey: 'ssh-ed25519 AAAA', path: '/r/hall01' },
    savedAt: '2025-03-08T01:00:00Z',
    status: {
      running: true, lastReplicated: '2025-03-08T09:00:00Z', pendingSince: '2025-03-08T09:00:05Z', lagSeconds: 2 * 86400 + 60,
      size: 3 * 1024 * 1024, lastError: '连不上副本存放处，恢复联网后会自动补传', lastErrorAt: '2025-03-10T01:00:00Z', localTxid: 9, remoteTxid: 7,
    },
    warning: '已超过2天没有把数据复制到旗县服务器（最近一次：2025-03-08 17:00）。',
    enabled: true,
    ...patch,
  } as replica.ReplicaOverview
}

async function mountView() {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: ReplicaView }] })
  router.push('/')
  await router.isReady()
  wrapper = mount(ReplicaView, { global: { plugins: [pinia, ElementPlus, router] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)

beforeEach(() => {
  vi.clearAllMocks()
  pinia = createPinia()
  setActivePinia(pinia)
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
})

describe('ReplicaView', () => {
  it('shows the red warning, the state and the SFTP fields without the saved password', async () => {
    api.getReplica.mockResolvedValue(overview())
    await mountView()
    expect(byTestId('replica-warning')?.textContent).toContain('没有把数据复制到旗县服务器')
    expect(byTestId('replica-last')?.textContent).toContain('2025-03-08 17:00')
    expect(byTestId('replica-lag')?.textContent).toContain('2 天')
    expect(byTestId('replica-size')?.textContent).toContain('3.0 MB')
    expect(byTestId('replica-error')?.textContent).toContain('连不上副本存放处')
    expect((byTestId('replica-host') as HTMLInputElement).value).toBe('10.0.0.5')
    expect(byTestId('replica-bucket')).toBeNull() // only the kind's own fields
    expect(document.body.innerHTML).not.toContain('s3cret')
  })

  it('puts a refused field error next to its field and saves nothing else', async () => {
    api.getReplica.mockResolvedValue(overview({ warning: '' }))
    api.saveReplica.mockRejectedValue(new AppError('invalid', '不接受 http:// 地址：居民信息只能经加密的 https:// 传送', 'url'))
    await mountView()
    byTestId('replica-kind-webdav')?.click()
    await flushPromises()
    byTestId('replica-save')?.click()
    await flushPromises()
    expect(api.saveReplica).toHaveBeenCalledOnce()
    await vi.waitFor(() => expect(document.querySelector('.el-form-item__error')?.textContent).toContain('不接受 http:// 地址'))
  })

  it('says when nothing is set up yet', async () => {
    api.getReplica.mockResolvedValue(overview({ target: replica.emptyTarget(''), warning: '' }))
    await mountView()
    expect(byTestId('replica-not-configured')).not.toBeNull()
    expect(byTestId('replica-stop')).toBeNull()
  })
})

describe('ReplicaReminder', () => {
  it('shows the header warning only when the server sets it', async () => {
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: { render: () => null } }] })
    const session = useSession()
    session.status = { replicaWarning: '已超过1天没有把数据复制到旗县服务器' } as never
    wrapper = mount(HeaderReminder, { props: { kind: 'replica' }, global: { plugins: [pinia, ElementPlus, router] }, attachTo: document.body })
    await flushPromises()
    expect(byTestId('header-replica-warning')?.textContent).toContain('旗县汇总中断')
    session.status = { replicaWarning: '' } as never
    await flushPromises()
    expect(byTestId('header-replica-warning')).toBeNull()
  })
})
