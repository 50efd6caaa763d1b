// places.ts reads the hall's villages (嘎查村/社区) with their groups (组).
import * as PlaceService from '../../wailsjs/go/app/PlaceService'
import type { hall } from '../../wailsjs/go/models'
import { call } from './call'

export type Village = hall.Village
export type Group = hall.Group

/** listVillages lists villages with their groups; inactive ones too when includeInactive. */
export async function listVillages(includeInactive = false): Promise<Village[]> {
  const list = await call(() => PlaceService.Villages(includeInactive))
  for (const v of list ?? []) v.groups = v.groups ?? [] // a Go nil slice arrives as null
  return list ?? []
}
