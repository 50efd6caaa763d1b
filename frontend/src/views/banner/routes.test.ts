import { describe, expect, it } from 'vitest'
import type { RouteLocationNormalized } from 'vue-router'
import { bannerGuard } from './routes'
import { chinaTime, minutes, percent } from './status'

const to = (name: string, banner = false) => ({ name, meta: { banner } }) as unknown as RouteLocationNormalized

describe('bannerGuard', () => {
  it('keeps a banner seat on the banner screens', () => {
    expect(bannerGuard(to('banner-dashboard', true), { needsSetup: true, signedIn: false })).toEqual({ name: 'banner-setup' })
    expect(bannerGuard(to('banner-setup', true), { needsSetup: true, signedIn: false })).toBe(true)
    expect(bannerGuard(to('banner-halls', true), { needsSetup: false, signedIn: false })).toEqual({ name: 'login' })
    expect(bannerGuard(to('login'), { needsSetup: false, signedIn: false })).toBe(true)
    expect(bannerGuard(to('residents'), { needsSetup: false, signedIn: true })).toEqual({ name: 'banner-dashboard' })
    expect(bannerGuard(to('banner-setup', true), { needsSetup: false, signedIn: true })).toEqual({ name: 'banner-dashboard' })
    expect(bannerGuard(to('banner-halls', true), { needsSetup: false, signedIn: true })).toBe(true)
  })
})

describe('banner figures', () => {
  it('writes minutes, percentages and China times', () => {
    expect(minutes(0)).toBe(0)
    expect(minutes(20)).toBe(1)
    expect(minutes(150)).toBe(3)
    expect(percent(0.9166)).toBe('91.7%')
    expect(percent(1)).toBe('100.0%')
    expect(chinaTime('2026-12-06T14:51:00Z')).toBe('2026-12-06 22:51')
    expect(chinaTime('')).toBe('')
  })
})
