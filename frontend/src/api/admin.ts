// admin.ts wraps the administrator's bindings: operators, villages and groups, the audit log and
// the hall's settings. Every call goes through call() so that a rejection becomes an AppError.
import * as OperatorService from '../../wailsjs/go/app/OperatorService'
import * as PlaceService from '../../wailsjs/go/app/PlaceService'
import * as AuditService from '../../wailsjs/go/app/AuditService'
import * as SystemService from '../../wailsjs/go/app/SystemService'
import { hall } from '../../wailsjs/go/models'
import { call } from './call'
import { i18n } from '../i18n'
import type { Plain } from './wire'

/** t reads a message of the current locale. */
const t = i18n.global.t

/** Role is an operator's job, stored as its English code. */
export type Role = 'clerk' | 'reception' | 'supervisor' | 'leader' | 'admin'

/** roleOptions lists the roles in display order with their names in the current locale. */
export const roleOptions: ReadonlyArray<{ value: Role; label: string }> = [
  { value: 'clerk', get label() { return t('vocab.roles.clerk') } },
  { value: 'reception', get label() { return t('vocab.roles.reception') } },
  { value: 'supervisor', get label() { return t('vocab.roles.supervisor') } },
  { value: 'leader', get label() { return t('vocab.roles.leader') } },
  { value: 'admin', get label() { return t('vocab.roles.admin') } },
]

/** villageKinds are the kinds of place below a township. */
export const villageKinds = ['嘎查', '村', '社区'] as const

/** auditActions are the actions the audit log records. */
export const auditActions = ['新增', '修改', '查看完整信息', '按号码查询', '登录', '退出', '登录失败', '初始化', '启用', '停用', '重置密码', '打印', '导出', '导入', '校验'] as const

/** auditEntities are the entity names the audit log uses (a hint for the filter). */
export const auditEntities = ['操作员', '群众', '家庭户', '嘎查村', '组', '大厅设置', '蒙古文', '服务事项', '办件', '工作日历'] as const

export type Operator = hall.Operator
export type Village = hall.Village
export type Group = hall.Group
export type AuditEntry = hall.AuditEntry
export type AuditPage = hall.AuditPage
export type AuditVerification = hall.AuditVerification
export type AuditHead = hall.AuditHead
export type AnchorResult = hall.AnchorResult

/** AnchorInput is a chain head the administrator wrote down earlier: the line count and its hash. */
export type AnchorInput = Pick<hall.AuditAnchor, 'count' | 'hash'>
/** HallSettings are the hall's settings as a form holds them; the Mongolian texts come with them
 * from the server but are saved on their own (saveMongolian), so a form may leave them out. */
export type HallSettings = Omit<hall.HallSettings, 'mongolian' | 'convertValues'> & { mongolian?: hall.MongolianTexts }

/** OperatorInput adds (id 0, with a password) or edits an operator. */
export type OperatorInput = hall.OperatorInput

/** VillageInput adds (id 0) or edits a village. */
export type VillageInput = hall.VillageInput

/** GroupInput adds (id 0) or edits a group of a village. */
export type GroupInput = hall.GroupInput

/** AuditQuery filters the audit log; from and to are YYYY-MM-DD (Asia/Shanghai). */
export type AuditQuery = hall.AuditQuery

/** listOperators returns every operator, active or not. */
export function listOperators(): Promise<Operator[]> {
  return call(() => OperatorService.List()).then((l) => l ?? [])
}

/** saveOperator adds or edits an operator and returns it as stored. */
export function saveOperator(input: OperatorInput): Promise<Operator> {
  return call(() => OperatorService.Save(input))
}

/** setOperatorActive activates or deactivates an operator still at the version the administrator
 * saw; a deactivated one is signed out at once. */
export async function setOperatorActive(id: number, version: number, active: boolean): Promise<void> {
  await call(() => OperatorService.SetActive({ id, version, active }))
}

/** resetOperatorPassword sets a new password and unlocks the account. */
export async function resetOperatorPassword(id: number, password: string): Promise<void> {
  await call(() => OperatorService.ResetPassword({ id, password }))
}

/** listVillages returns every village with its groups, inactive ones included. */
export function listVillages(): Promise<Village[]> {
  return call(() => PlaceService.Villages(true)).then((l) => l ?? [])
}

/** saveVillage adds or edits a village and returns its id. */
export function saveVillage(input: VillageInput): Promise<number> {
  return call(() => PlaceService.SaveVillage(input))
}

/** saveGroup adds or edits a group and returns its id. */
export function saveGroup(input: GroupInput): Promise<number> {
  return call(() => PlaceService.SaveGroup(input))
}

/**
 * verifyAudit walks the audit log's whole hash chain on the server and compares it with the chain
 * heads in the backups' names and with the ones typed in (anchors).
 */
export function verifyAudit(anchors: AnchorInput[] = []): Promise<AuditVerification> {
  const input: Plain<hall.AuditVerifyInput> = { anchors: anchors.map((a) => ({ count: a.count, hash: a.hash, source: '', takenAt: '' })) }
  return call(() => AuditService.Verify(hall.AuditVerifyInput.createFrom(input))).then(
    (v) => ({ ...v, problems: v?.problems ?? [], anchors: v?.anchors ?? [] }) as AuditVerification,
  )
}

/** auditHead is the audit chain's head now: how many lines and the last one's hash, to write down. */
export function auditHead(): Promise<AuditHead> {
  return call(() => AuditService.Head())
}

/** listAudit returns one page of the audit log, newest first. */
export function listAudit(q: AuditQuery): Promise<AuditPage> {
  return call(() => AuditService.List(q)).then((p) => ({ ...p, items: p?.items ?? [] }) as AuditPage)
}

/** getSettings returns the hall's settings. */
export function getSettings(): Promise<HallSettings> {
  return call(() => SystemService.Settings())
}

/** saveSettings stores the hall's settings and returns them as cleaned by the server. */
export function saveSettings(s: HallSettings): Promise<HallSettings> {
  return call(() => SystemService.SaveSettings(hall.HallSettings.createFrom(s)))
}
