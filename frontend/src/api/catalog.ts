// catalog.ts wraps CatalogService: the hall's service catalog (事项目录) with each item's guide
// (办事指南). Every signed-in operator reads it; only the administrator saves.
import * as CatalogService from '../../wailsjs/go/app/CatalogService'
import { hall } from '../../wailsjs/go/models'
import { call } from './call'
import type { Plain } from './wire'

// The categories, ledgers and item roles are hall's vocabulary, generated from the Go definitions.
export { categories, ledgers, itemRoles, type ItemRole } from '../generated/vocabulary'

export type ServiceItem = hall.ServiceItem
export type Material = hall.Material

/** MaterialInput is one row of the materials table: 原件 (original) or 复印件, copies 0–20. */
export type MaterialInput = hall.Material

/**
 * ServiceItemInput adds (id 0) or edits an item; days are working days, 0 = on the spot. Its
 * role is what the item means to the rules (a built-in item's cannot change), its version the
 * version the form was loaded at (0 for a new one); builtin is the server's to say.
 */
export type ServiceItemInput = Omit<Plain<hall.ServiceItem>, 'builtin'>

// A Go nil slice arrives as null.
function normalize(it: ServiceItem): ServiceItem {
  it.materials = it.materials ?? []
  it.steps = it.steps ?? []
  return it
}

/** listServiceItems returns the catalog by category; inactive items too when includeInactive. */
export async function listServiceItems(includeInactive = false): Promise<ServiceItem[]> {
  const list = await call(() => CatalogService.List(includeInactive))
  return (list ?? []).map(normalize)
}

/** getServiceItem returns one item, active or not. */
export async function getServiceItem(id: number): Promise<ServiceItem> {
  return normalize(await call(() => CatalogService.Get(id)))
}

/** saveServiceItem adds or edits an item (administrator) and returns it as stored. */
export async function saveServiceItem(input: ServiceItemInput): Promise<ServiceItem> {
  return normalize(await call(() => CatalogService.Save(hall.ServiceItem.createFrom(input))))
}
