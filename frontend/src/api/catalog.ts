// catalog.ts wraps CatalogService: the hall's service catalog (事项目录) with each item's guide
// (办事指南). Every signed-in operator reads it; only the administrator saves.
import * as CatalogService from '../../wailsjs/go/app/CatalogService'
import type { hall } from '../../wailsjs/go/models'
import { call } from './call'

// The categories, ledgers and item roles are hall's vocabulary, generated from the Go definitions.
export { categories, ledgers, itemRoles, type ItemRole } from '../generated/vocabulary'

export type ServiceItem = hall.ServiceItem
export type Material = hall.Material

/** MaterialInput is one row of the materials table: 原件 (original) or 复印件, copies 0–20. */
export interface MaterialInput {
  name: string
  original: boolean
  copies: number
  required: boolean
  note: string
}

/** ServiceItemInput adds (id 0) or edits an item; days are working days, 0 = on the spot. */
export interface ServiceItemInput {
  id: number
  code: string
  name: string
  category: string
  defaultLedger: string
  legalBasis: string
  eligibility: string
  materials: MaterialInput[]
  steps: string[]
  statutoryDays: number
  promisedDays: number
  fee: string
  department: string
  placeHours: string
  enquiryPhone: string
  complaintPhone: string
  qa: string
  active: boolean
  updatedAt: string
  /** role is what the item means to the rules (hall.ItemRole); a built-in item's cannot change. */
  role: string
}

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
  return normalize(await call(() => CatalogService.Save(input as hall.ServiceItem)))
}
