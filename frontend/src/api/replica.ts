// replica.ts wraps ReplicaService: 系统管理 → 旗县汇总 (where the hall's replica goes, the
// connection test and the state) and, before the first-start setup, restoring the hall from the
// banner's server. Every call goes through call() so that a rejection becomes an AppError.
import * as ReplicaService from '../../wailsjs/go/app/ReplicaService'
import { app, replica } from '../../wailsjs/go/models'
import { call } from './call'

export type ReplicaOverview = app.ReplicaOverview
export type ReplicaStatus = replica.Status
export type Target = Omit<replica.Target, 'convertValues'>
export type TargetKind = 'folder' | 'sftp' | 's3' | 'webdav'

/** SECRET_MASK stands, in a saved target, for a secret that is set but not shown again. */
export const SECRET_MASK = '******'

/** emptyTarget is a blank target of kind. */
export function emptyTarget(kind: TargetKind | '' = 'folder'): Target {
  return {
    kind, path: '', host: '', port: 22, user: '', password: '', keyPem: '', hostKey: '',
    endpoint: '', bucket: '', region: '', accessKeyId: '', secretAccessKey: '', url: '',
  }
}

/** getReplica returns the target (secrets masked), the replication's state and the warning. */
export function getReplica(): Promise<ReplicaOverview> {
  return call(() => ReplicaService.Overview())
}

/** saveReplica keeps the target and starts replicating to it. */
export function saveReplica(t: Target): Promise<ReplicaOverview> {
  return call(() => ReplicaService.Save(replica.Target.createFrom(t)))
}

/** stopReplica stops replicating and forgets the target. */
export function stopReplica(): Promise<ReplicaOverview> {
  return call(() => ReplicaService.Stop())
}

/** testReplica connects to the target and says what it holds. */
export function testReplica(t: Target): Promise<string> {
  return call(() => ReplicaService.Test(replica.Target.createFrom(t)))
}

/** testSetupReplica is testReplica before the first-start setup. */
export function testSetupReplica(t: Target): Promise<string> {
  return call(() => ReplicaService.SetupTest(replica.Target.createFrom(t)))
}

/** restoreFromBanner restores the hall from the banner's server at the first start: at '' for
 * the latest state, else the minute 'YYYY-MM-DD HH:mm' (China time). */
export function restoreFromBanner(t: Target, at: string): Promise<app.Status> {
  return call(() => ReplicaService.SetupRestore(app.ReplicaRestoreInput.createFrom({ target: t, at })))
}

/** formatLag shows a lag in seconds as seconds, minutes, hours or days. */
export function formatLag(s: number, t: (k: string, v: Record<string, unknown>) => string): string {
  if (s < 60) return t('replica.lagSeconds', { n: s })
  if (s < 3600) return t('replica.lagMinutes', { n: Math.floor(s / 60) })
  if (s < 86400) return t('replica.lagHours', { n: Math.floor(s / 3600) })
  return t('replica.lagDays', { n: Math.floor(s / 86400) })
}
