// mongolian.ts wraps the hall's Mongolian texts (系统管理 → 蒙古文): the Mongolian forms of the
// hall's own words and of the documents' titles and labels, saved apart from the hall settings.
import * as SystemService from '../../wailsjs/go/app/SystemService'
import { hall } from '../../wailsjs/go/models'
import { call } from './call'
import type { Plain } from './wire'

/** MongolianTexts are the hall's Mongolian texts; labels maps a Chinese title or label to its Mongolian. */
export type MongolianTexts = Plain<hall.MongolianTexts>

export { mongolianLabelKeys } from '../generated/vocabulary'

/** getMongolian returns the hall's Mongolian texts (administrator). */
export async function getMongolian(): Promise<MongolianTexts> {
  const m = await call(() => SystemService.Mongolian())
  return { ...m, labels: m.labels ?? {} }
}

/** saveMongolian saves the texts still at the version they were loaded at and returns them as saved. */
export async function saveMongolian(m: MongolianTexts): Promise<MongolianTexts> {
  const saved = await call(() => SystemService.SaveMongolian(hall.MongolianTexts.createFrom(m)))
  return { ...saved, labels: saved.labels ?? {} }
}
