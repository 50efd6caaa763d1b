// residents.ts wraps ResidentService: the registry of residents (群众).
import * as ResidentService from '../../wailsjs/go/app/ResidentService'
import type { hall } from '../../wailsjs/go/models'
import { call } from './call'

export type Resident = hall.Resident
export type ResidentInput = hall.ResidentInput
export type ResidentQuery = hall.ResidentQuery
export type ResidentPage = hall.ResidentPage
export type IDInfo = hall.IDInfo
/** SensitiveField is what Reveal may show in full. */
export type SensitiveField = 'idNumber' | 'phone'

function normalize(r: Resident): Resident {
  r.tags = r.tags ?? [] // a Go nil slice arrives as null
  return r
}

/** searchResidents returns one page of residents; ID and phone come masked. */
export async function searchResidents(q: ResidentQuery): Promise<ResidentPage> {
  const page = await call(() => ResidentService.Search(q))
  page.items = (page.items ?? []).map(normalize)
  return page
}

/** getResident returns one resident, masked. */
export async function getResident(id: number): Promise<Resident> {
  return normalize(await call(() => ResidentService.Get(id)))
}

/** inspectID explains an ID number while it is typed. */
export function inspectID(number: string): Promise<IDInfo> {
  return call(() => ResidentService.InspectID(number))
}

/** saveResident creates (id 0) or edits a resident. */
export async function saveResident(input: ResidentInput): Promise<Resident> {
  return normalize(await call(() => ResidentService.Save(input)))
}

/** revealResident returns the full ID or phone number; the look is audited. */
export function revealResident(residentId: number, field: SensitiveField): Promise<string> {
  return call(() => ResidentService.Reveal({ residentId, field }))
}
