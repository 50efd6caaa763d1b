// cases.ts: the counter's resident finder and the case page's actions, as the counter and visit
// stories drive them.
import { expect, type Locator, type Page } from '@playwright/test'

import { check, clip } from './support'
import { byId, dialogClosed, dialogReady } from './ui'

/**
 * pickPerson types a name in the resident finder of the intake or petition form: Enter searches,
 * Enter picks the first result, which must be that name. who names the field in messages (申请人 …).
 */
export async function pickPerson(page: Page, name: string, who = '申请人'): Promise<void> {
  const input = byId(page, 'intake-applicant').first()
  await expect(input).toBeVisible()
  await input.fill(name)
  await input.press('Enter')
  const active = page.locator('.picker .option.active')
  await expect(active, `查找「${name}」的第一条结果是 ${name}`).toHaveCount(1)
  await expect(active.locator('.name'), `查找「${name}」的第一条结果是 ${name}`).toHaveText(name)
  await input.press('Enter')
  await expect(byId(page, 'picker-picked').first(), `${who}应为 ${name}`).toContainText(name)
}

/** caseStatus waits for the case page's status tag to read label. */
export async function caseStatus(page: Page, label: string): Promise<void> {
  await expect(byId(page, 'case-status').first(), `办件状态为「${label}」`).toHaveText(label)
}

/**
 * caseAct clicks an action button of the case page, lets fillDialog fill the dialog, confirms,
 * and waits for the dialog to close and the status to become `to`. It returns the server's
 * updated case.
 */
export async function caseAct(page: Page, button: string, to: string, fillDialog?: (dialog: Locator) => Promise<void>) {
  await byId(page, button).first().click()
  const dialog = byId(page, 'action-dialog').first()
  await expect(dialog).toBeVisible()
  await dialogReady(page)
  if (fillDialog) await fillDialog(dialog)
  const answer = page.waitForResponse((r) => r.url().endsWith('/api/CaseService/Act'))
  await byId(page, 'action-submit').first().click()
  const res = await answer
  const body = await res.text()
  check(res.ok(), `「${button}」被服务端拒绝：HTTP ${res.status()} ${clip(body)}`)
  await dialogClosed(page)
  await caseStatus(page, to)
  return JSON.parse(body)
}
