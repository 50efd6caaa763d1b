import { afterEach, describe, expect, it, vi } from 'vitest'
import { call, lastServerAnswer, onUnauthenticated, setReauthenticator } from './call'

const ended = '{"code":"unauthenticated","message":"请先登录（长时间未操作会自动退出）"}'

afterEach(() => setReauthenticator(null))

describe('call', () => {
  it('signs in again over the page and completes the call that found the session ended', async () => {
    const save = vi.fn().mockRejectedValueOnce(ended).mockResolvedValueOnce({ id: 7 })
    const ask = vi.fn().mockResolvedValue(true)
    setReauthenticator(ask)
    await expect(call(save)).resolves.toEqual({ id: 7 })
    expect(ask).toHaveBeenCalledTimes(1)
    expect(save).toHaveBeenCalledTimes(2)
  })

  it('goes to the login page when the operator gives up, and does not save', async () => {
    const save = vi.fn().mockRejectedValue(ended)
    const gone = vi.fn()
    onUnauthenticated(gone)
    setReauthenticator(vi.fn().mockResolvedValue(false))
    await expect(call(save)).rejects.toMatchObject({ code: 'unauthenticated' })
    expect(save).toHaveBeenCalledTimes(1)
    expect(gone).toHaveBeenCalled()
  })

  it('asks nothing for any other refusal, which still counts as the server answering', async () => {
    const ask = vi.fn()
    setReauthenticator(ask)
    const before = Date.now()
    await expect(call(() => Promise.reject('{"code":"invalid","message":"请填写姓名"}'))).rejects.toMatchObject({ code: 'invalid' })
    expect(ask).not.toHaveBeenCalled()
    expect(lastServerAnswer()).toBeGreaterThanOrEqual(before)
  })
})
