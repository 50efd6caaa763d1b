import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import ElementPlus, { ElMessageBox } from 'element-plus'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { useSession } from '../../stores/session'
import { app } from '../../../wailsjs/go/models'
import { AppError } from '../../api/errors'
import * as admin from '../../api/admin'
import OperatorsView from './OperatorsView.vue'

vi.mock('../../api/admin', async (importOriginal) => {
  const orig = await importOriginal<typeof import('../../api/admin')>()
  return {
    ...orig,
    listOperators: vi.fn(),
    saveOperator: vi.fn(),
    setOperatorActive: vi.fn(),
    resetOperatorPassword: vi.fn(),
  }
})

const api = vi.mocked(admin)

const operators: admin.Operator[] = [
  {
    id: 1,
    username: 'admin',
    name: '管理员甲',
    role: 'admin',
    roleLabel: '管理员',
    phone: '',
    active: true,
    lockedUntil: '',
    createdAt: '2025-03-01T02:00:00Z',
    version: 1,
  },
  {
    id: 2,
    username: 'wangfang',
    name: '王芳',
    role: 'clerk',
    roleLabel: '窗口人员',
    phone: '13800000001',
    active: true,
    lockedUntil: '',
    createdAt: '2025-03-02T17:30:00Z',
    version: 1,
  },
  {
    id: 3,
    username: 'lisi',
    name: '李四',
    role: 'leader',
    roleLabel: '领导',
    phone: '',
    active: false,
    lockedUntil: '',
    createdAt: '2025-03-03T01:00:00Z',
    version: 1,
  },
]

let wrapper: VueWrapper | undefined
let pinia: Pinia

async function mountView() {
  wrapper = mount(OperatorsView, { global: { plugins: [pinia, ElementPlus] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

// byTestId finds an element anywhere in the document (dialogs are teleported to <body>).
function byTestId<T extends Element = HTMLElement>(id: string): T {
  const el = document.querySelector<T>(`[data-testid="${id}"]`)
  if (!el) throw new Error(`no element with data-testid=${id}`)
  return el
}

async function type(id: string, value: string) {
  const input = byTestId<HTMLInputElement>(id)
  input.value = value
  input.dispatchEvent(new Event('input'))
  await flushPromises()
}

beforeEach(() => {
  vi.clearAllMocks()
  pinia = createPinia()
  setActivePinia(pinia)
  // signed in as 管理员甲 (id 1)
  useSession().status = app.Status.createFrom({
    needsSetup: false,
    hallName: '测试镇便民服务大厅',
    township: '测试镇',
    version: 'test',
    operator: { ...operators[0] },
    permissions: ['operators.manage'],
    idleMinutes: 30,
    today: '2025-03-04',
  })
  api.listOperators.mockResolvedValue(operators.map((o) => ({ ...o })))
})

afterEach(() => {
  wrapper?.unmount()
  wrapper = undefined
  document.body.innerHTML = ''
  vi.restoreAllMocks()
})

describe('OperatorsView', () => {
  it('lists every operator with role label and status', async () => {
    await mountView()
    const rows = byTestId('op-table').querySelectorAll('.el-table__body tbody tr')
    expect(rows).toHaveLength(3)
    const text = [...rows].map((r) => r.textContent ?? '')
    expect(text[1]).toContain('wangfang')
    expect(text[1]).toContain('王芳')
    expect(text[1]).toContain('窗口人员')
    expect(text[1]).toContain('在用')
    expect(text[1]).toContain('2025-03-03') // 17:30 UTC is the next day in Asia/Shanghai
    expect(text[2]).toContain('停用')
    expect(text[2]).toContain('启用') // the inactive one offers 启用
    expect(byTestId('op-table').textContent).not.toContain('删除')
    // one's own account cannot be deactivated
    const toggles = document.querySelectorAll<HTMLButtonElement>('[data-testid="op-toggle"]')
    expect(toggles[0].disabled).toBe(true)
    expect(toggles[1].disabled).toBe(false)
  })

  it('shows a server field error next to the username field', async () => {
    api.saveOperator.mockRejectedValue(new AppError('conflict', '登录名“wangfang”已被使用', 'username'))
    await mountView()
    byTestId('op-new').click()
    await flushPromises()

    await type('op-username', 'wangfang')
    await type('op-name', '王小芳')
    // choose 窗口人员 through the component, as the dropdown lives in a popper
    const select = wrapper!.findComponent({ name: 'ElSelect' })
    select.vm.$emit('update:modelValue', 'clerk')
    await flushPromises()
    await type('op-password', 'secret123')
    await type('op-password2', 'secret123')

    byTestId<HTMLButtonElement>('op-submit').click()
    await flushPromises()

    expect(api.saveOperator).toHaveBeenCalledWith({
      id: 0,
      username: 'wangfang',
      name: '王小芳',
      role: 'clerk',
      phone: '',
      password: 'secret123',
      version: 0,
    })
    const item = byTestId('op-username').closest('.el-form-item')!
    expect(item.classList.contains('is-error')).toBe(true)
    // Element Plus shows the message after a short debounce
    await vi.waitFor(() =>
      expect(item.querySelector('.el-form-item__error')?.textContent).toContain('登录名“wangfang”已被使用'),
    )
    // the dialog stays open so the clerk can correct the name
    expect(byTestId('op-submit')).toBeTruthy()
  })

  it('asks for confirmation before deactivating', async () => {
    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockRejectedValueOnce('cancel')
    api.setOperatorActive.mockResolvedValue()
    await mountView()

    const toggles = document.querySelectorAll<HTMLButtonElement>('[data-testid="op-toggle"]')
    toggles[1].click() // 王芳, active
    await flushPromises()
    expect(confirm).toHaveBeenCalledTimes(1)
    const [text, title] = confirm.mock.calls[0] as unknown as [string, string]
    expect(title).toBe('停用操作员')
    expect(text).toContain('王芳')
    expect(text).toContain('立即退出登录')
    expect(text).toContain('保留其姓名')
    expect(api.setOperatorActive).not.toHaveBeenCalled() // cancelled

    confirm.mockResolvedValueOnce('confirm' as never)
    toggles[1].click()
    await flushPromises()
    expect(confirm).toHaveBeenCalledTimes(2)
    expect(api.setOperatorActive).toHaveBeenCalledWith(2, 1, false) // with the version the list showed
    expect(api.listOperators).toHaveBeenCalledTimes(2) // reloaded after the change
  })
})
