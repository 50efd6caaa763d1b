// queue.ts wraps QueueService (排队叫号) for the staff and the kiosk: the kiosk's menu and tickets,
// the reception desk's tickets, the clerk's window (call, recall, no-show, transfer, pause,
// start, finish), a case's ticket and the administrator's groups, windows and settings. Go nil
// slices arrive as null and are turned into [] here. The call screen's board is queueboard.ts.
import * as QueueService from '../../wailsjs/go/app/QueueService'
import type { app, hall } from '../../wailsjs/go/models'
import { call } from './call'
import { toAppError } from './errors'
import { deviceCall } from './devices'
import type { Plain } from './wire'

export type KioskMenu = app.KioskMenu
export type KioskGroup = app.KioskGroup
export type TicketSlip = app.TicketSlip
export type WindowPanel = app.WindowPanel
export type Ticket = hall.Ticket
export type TicketStart = app.TicketStart
export type CaseWait = app.CaseWait
export type QueueConfig = app.QueueConfig
export type QueueGroup = Plain<hall.QueueGroup>
export type QueueWindow = Plain<hall.QueueWindow>
export type QueueSettings = Plain<hall.QueueSettings>
export type TicketRequest = Plain<hall.TicketRequest>
export type TicketMove = Plain<hall.TicketMove>

function menu(m: KioskMenu): KioskMenu {
  m.groups = (m.groups ?? []).map((g) => ({ ...g, itemNames: g.itemNames ?? [] }))
  m.priorities = m.priorities ?? []
  return m
}

function panel(p: WindowPanel): WindowPanel {
  p.noShows = p.noShows ?? []
  p.windows = p.windows ?? []
  p.groups = p.groups ?? []
  return p
}

function config(c: QueueConfig): QueueConfig {
  c.groups = (c.groups ?? []).map((g) => ({ ...g, itemIds: g.itemIds ?? [], itemNames: g.itemNames ?? [] }))
  c.windows = (c.windows ?? []).map((w) => ({ ...w, groupIds: w.groupIds ?? [], groupNames: w.groupNames ?? [] }))
  c.operators = c.operators ?? []
  return c
}

/** kioskMenu is the kiosk's groups and 绿色通道 reasons (paired kiosk). */
export const kioskMenu = () => deviceCall(() => QueueService.Groups()).then(menu)
/** kioskTake takes a ticket at the kiosk; the slip carries the PDF to print. */
export const kioskTake = (r: TicketRequest) => deviceCall(() => QueueService.Take(r as hall.TicketRequest))

/** kioskInspectID explains an ID number typed at the kiosk (the kiosk's IdInput inspector). */
export const kioskInspectID = (n: string) => deviceCall(() => QueueService.InspectID(n))

/** deskMenu is the reception desk's menu. */
export const deskMenu = () => call(() => QueueService.DeskGroups()).then(menu)
/** deskIssue takes a ticket for a citizen at the reception desk. */
export const deskIssue = (r: TicketRequest) => call(() => QueueService.Issue(r as hall.TicketRequest))

/** myWindow is the signed-in clerk's window panel (hasWindow false when the seat has none). */
export const myWindow = () => call(() => QueueService.MyWindow()).then(panel)
/** refreshWindow is myWindow for the bar re-reading itself on the hall's events: not the clerk's
 * activity, so it bypasses call() (whose answers count as activity) and the server leaves the
 * session's idle clock alone. */
export const refreshWindow = () =>
  QueueService.Refresh().then(panel, (e) => {
    throw toAppError(e)
  })
export const callNext = () => call(() => QueueService.CallNext()).then(panel)
export const recall = (id: number) => call(() => QueueService.Recall(id)).then(panel)
export const noShow = (id: number) => call(() => QueueService.NoShow(id)).then(panel)
export const transfer = (m: TicketMove) => call(() => QueueService.Transfer(m as hall.TicketMove)).then(panel)
export const finishTicket = (id: number) => call(() => QueueService.Finish(id)).then(panel)
export const pauseWindow = () => call(() => QueueService.Pause()).then(panel)
export const resumeWindow = () => call(() => QueueService.Resume()).then(panel)
/** startTicket begins serving (开始受理) and returns the resident to open the intake with. */
export const startTicket = (id: number) => call(() => QueueService.Start(id))

/** caseTicket is the ticket a case was taken with and the citizen's wait. */
export const caseTicket = (caseId: number) => call(() => QueueService.CaseTicket(caseId))

/** queueConfig and its saves are the administrator's 排队叫号 page. */
export const queueConfig = () => call(() => QueueService.Config()).then(config)
export const saveQueueGroup = (g: QueueGroup) => call(() => QueueService.SaveGroup(g as hall.QueueGroup)).then(config)
export const saveQueueWindow = (w: QueueWindow) => call(() => QueueService.SaveWindow(w as hall.QueueWindow)).then(config)
export const saveQueueSettings = (s: QueueSettings) =>
  call(() => QueueService.SaveSettings(s as hall.QueueSettings)).then(config)
