import { describe, expect, it } from 'vitest'
import { landingRoute } from './landing'

// The permissions each role holds (backend/hall/roles.go), as far as the start page cares.
const perms: Record<string, string[]> = {
  clerk: ['cases.handle', 'cases.view'],
  reception: ['cases.handle', 'cases.view', 'petitions.view', 'petitions.handle'],
  supervisor: ['cases.view', 'reports.view'],
  leader: ['cases.view', 'petitions.view', 'petitions.approve', 'reports.view'],
  admin: ['cases.handle', 'cases.view', 'backups.manage', 'petitions.view', 'reports.view'],
}

function landing(role: string, restoreReview = false) {
  return landingRoute({ role, can: (p) => perms[role]?.includes(p) ?? false, restoreReview })
}

describe('landingRoute', () => {
  it('sends each role to the screen of its daily work', () => {
    expect(landing('clerk')).toEqual({ name: 'counter' })
    expect(landing('reception')).toEqual({ name: 'petitions-today' })
    expect(landing('leader')).toEqual({ name: 'petitions', query: { mine: '1' } })
    expect(landing('supervisor')).toEqual({ name: 'report-dashboard' })
    expect(landing('admin')).toEqual({ name: 'residents' })
  })

  it('sends the administrator to the backups right after a restore, nobody else', () => {
    expect(landing('admin', true)).toEqual({ name: 'admin-backups' })
    expect(landing('clerk', true)).toEqual({ name: 'counter' })
  })

  it('falls back to a page the operator may open', () => {
    const can = (p: string) => p === 'reports.view'
    expect(landingRoute({ role: 'leader', can, restoreReview: false })).toEqual({ name: 'report-dashboard' })
    expect(landingRoute({ role: 'reception', can: () => false, restoreReview: false })).toEqual({ name: 'residents' })
  })
})
