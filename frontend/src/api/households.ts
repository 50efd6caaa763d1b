// households.ts wraps HouseholdService: households (家庭户) and their members.
import * as HouseholdService from '../../wailsjs/go/app/HouseholdService'
import type { app, hall } from '../../wailsjs/go/models'
import { call } from './call'

export type Household = hall.Household
export type HouseholdInput = hall.HouseholdInput
export type HouseholdQuery = hall.HouseholdQuery
export type HouseholdPage = hall.HouseholdPage

function normalize(h: Household): Household {
  h.members = h.members ?? [] // a Go nil slice arrives as null
  for (const m of h.members) m.tags = m.tags ?? []
  return h
}

/** searchHouseholds returns one page of households. */
export async function searchHouseholds(q: HouseholdQuery): Promise<HouseholdPage> {
  const page = await call(() => HouseholdService.Search(q))
  page.items = page.items ?? []
  return page
}

/** getHousehold returns a household with its members, masked. */
export async function getHousehold(id: number): Promise<Household> {
  return normalize(await call(() => HouseholdService.Get(id)))
}

/** saveHousehold creates (id 0) or edits a household. */
export async function saveHousehold(input: HouseholdInput): Promise<Household> {
  return normalize(await call(() => HouseholdService.Save(input)))
}

/** printHouseholdSheet prints the household's member sheet (家庭户成员信息登记表) as a PDF. */
export async function printHouseholdSheet(id: number): Promise<app.Document> {
  return call(() => HouseholdService.PrintSheet(id))
}
