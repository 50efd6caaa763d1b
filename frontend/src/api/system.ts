// system.ts wraps SystemService: hall status, first-start setup, settings and the ready signal.
import * as SystemService from '../../wailsjs/go/app/SystemService'
import { app, hall } from '../../wailsjs/go/models'
import { call } from './call'

export type Status = app.Status
export type Operator = hall.Operator
/** HallSettings are the hall's settings as a form holds them; the Mongolian texts come with them
 * from the server but are saved on their own (saveMongolian), so a form may leave them out. */
export type HallSettings = Omit<hall.HallSettings, 'mongolian' | 'convertValues'> & { mongolian?: hall.MongolianTexts }
export type OperatorInput = hall.OperatorInput

/** SetupForm is the first-start form: the hall and its first administrator. */
export interface SetupForm {
  hall: HallSettings
  admin: OperatorInput
}

/** getStatus reports whether the hall is set up and who is signed in on this seat. */
export function getStatus(): Promise<Status> {
  return call(() => SystemService.Status())
}

/** setup saves the hall and the first administrator, who is signed in at once. */
export function setup(form: SetupForm): Promise<Status> {
  return call(() => SystemService.Setup(hall.SetupInput.createFrom(form)))
}

/** getSettings returns the hall's settings. */
export function getSettings(): Promise<HallSettings> {
  return call(() => SystemService.Settings())
}

/** reportReady tells the backend that the first screen has been drawn (desktop smoke test). */
export async function reportReady(screen: string): Promise<void> {
  await call(() => SystemService.ReportReady(screen))
}

/** setWindowTitle sets the page title and, in the desktop window, the native window title. */
export function setWindowTitle(title: string): void {
  document.title = title
  const rt = (window as unknown as { runtime?: { WindowSetTitle?: (t: string) => void } }).runtime
  try {
    rt?.WindowSetTitle?.(title)
  } catch {
    /* not in a Wails window */
  }
}

export type About = app.About

/** getAbout reports the version, data folder, schema version and calendar years loaded. */
export function getAbout(): Promise<About> {
  return call(() => SystemService.About()).then((a) => ({ ...a, calendarYears: a?.calendarYears ?? [] }) as About)
}
