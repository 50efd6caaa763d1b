// backups.ts wraps BackupService: the backup list, backing up now (to a USB stick on the desktop,
// as a download in a browser) and restoring. Every call goes through call() so that a rejection
// becomes an AppError.
import * as BackupService from '../../wailsjs/go/app/BackupService'
import type { app, backup, sqlite } from '../../wailsjs/go/models'
import { call } from './call'
import { i18n } from '../i18n'

export type BackupFile = backup.File
export type BackupOverview = app.BackupOverview
export type BackupResult = app.BackupResult
export type BackupCheck = app.BackupCheck
export type RestoreResult = app.RestoreResult
export type LastRestore = app.LastRestore
export type BackupAccount = sqlite.BackupAccount
export type SchemaObject = sqlite.SchemaObject

/** RESTORE_REVIEW_KEY marks, in this browser tab, a restore whose accounts the administrator
 * has yet to check: their first page after signing in again is then the backup screen. */
export const RESTORE_REVIEW_KEY = 'halldesk-restore-review'

/** RestoreInput names a backup: name from the list, or path of a file on this computer (desktop). */
export interface RestoreInput {
  name: string
  path: string
}

/** getBackups returns the backup list, the last success and the warning when it is old. */
export function getBackups(): Promise<BackupOverview> {
  return call(() => BackupService.Overview()).then((o) => ({ ...o, files: o.files ?? [] }) as BackupOverview)
}

/** backupNow backs up at once: into folder on the desktop ('' = the data folder), else on the host. */
export function backupNow(folder: string): Promise<BackupResult> {
  return call(() => BackupService.BackupNow({ folder }))
}

/** checkBackup verifies a backup without restoring it, for the confirmation dialog. */
export function checkBackup(input: RestoreInput): Promise<BackupCheck> {
  return call(() => BackupService.Check(input))
}

/** restoreBackup replaces all data with the backup; everybody must sign in again afterwards. */
export function restoreBackup(input: RestoreInput): Promise<RestoreResult> {
  return call(() => BackupService.Restore(input))
}

/** chooseFolder opens the desktop's folder dialog; '' when cancelled. */
export function chooseFolder(): Promise<string> {
  return call(() => BackupService.ChooseFolder())
}

/** chooseFile opens the desktop's file dialog for a backup file; '' when cancelled. */
export function chooseFile(): Promise<string> {
  return call(() => BackupService.ChooseFile())
}

/** downloadBackup has the browser download a backup from the host (browser mode). */
export function downloadBackup(url: string, fileName: string): void {
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  document.body.appendChild(a)
  a.click()
  a.remove()
}

/** formatSize shows a byte count as bytes, KB, MB or GB. */
export function formatSize(n: number): string {
  if (n >= 1 << 30) return `${(n / (1 << 30)).toFixed(1)} GB`
  if (n >= 1 << 20) return `${(n / (1 << 20)).toFixed(1)} MB`
  if (n >= 1 << 10) return `${Math.round(n / (1 << 10))} KB`
  return i18n.global.t('app.bytes', { n })
}
