import { beforeEach, describe, expect, it, vi } from 'vitest'
import { AppError } from '../api/errors'

const session = { setup: vi.fn(), load: vi.fn(async () => undefined) }
const router = { replace: vi.fn(async () => undefined) }
vi.mock('../stores/session', () => ({ useSession: () => session }))
vi.mock('vue-router', () => ({ useRouter: () => router }))
vi.mock('vue-i18n', () => ({ useI18n: () => ({ t: (k: string) => k }) }))

const { useSetupForm } = await import('./useSetupForm')

const hallOf = () => ({ hallName: '乌兰木伦镇便民服务大厅', version: 0 }) as never

describe('useSetupForm', () => {
  beforeEach(() => {
    session.setup.mockReset()
    router.replace.mockClear()
  })

  it('refuses two different passwords without asking the server', async () => {
    const f = useSetupForm(['hallName'], hallOf, vi.fn())
    f.admin.password = 'Wlml-2024!desk'
    f.password2.value = 'Wlml-2024!desK'
    await f.submit()
    expect(session.setup).not.toHaveBeenCalled()
    expect(f.errors.password2).toBe('setup.passwordMismatch')
  })

  it('sets up with the office and the administrator, then goes on', async () => {
    const after = vi.fn(async () => undefined)
    const f = useSetupForm(['hallName'], hallOf, after)
    f.admin.username = 'admin'
    f.admin.password = f.password2.value = 'Wlml-2024!desk'
    await f.submit()
    expect(session.setup).toHaveBeenCalledWith({ hall: hallOf(), admin: expect.objectContaining({ username: 'admin', version: 0 }) })
    expect(after).toHaveBeenCalled()
  })

  it('shows a field refusal beside its field, passes it on, and starts over when set up elsewhere', async () => {
    const seen: string[] = []
    const f = useSetupForm(['hallName'], hallOf, vi.fn(), (err) => seen.push(err.code))
    f.admin.password = f.password2.value = 'Wlml-2024!desk'
    session.setup.mockRejectedValueOnce(new AppError('invalid', '请填写大厅名称', 'hallName'))
    await f.submit()
    expect(f.errors.hallName).toBe('请填写大厅名称')
    expect(router.replace).not.toHaveBeenCalled()
    session.setup.mockRejectedValueOnce(new AppError('conflict', '本大厅已经设置过'))
    await f.submit()
    expect(f.general.value).toBe('本大厅已经设置过')
    expect(router.replace).toHaveBeenCalledWith({ name: 'login' })
    expect(seen).toEqual(['invalid', 'conflict'])
    expect(f.busy.value).toBe(false)
  })
})
