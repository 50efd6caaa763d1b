// prints.ts wraps PrintService's handouts: the policy pocket guide (惠民政策口袋书) and the
// leaflet (宣传单). Every signed-in operator may print them; each print is recorded on the server
// (what, how many copies, by whom). Contact cards and the print counts live in cadres.ts.
import * as PrintService from '../../wailsjs/go/app/PrintService'
import type { app, pdf } from '../../wailsjs/go/models'
import { call } from './call'

export type GuideInput = app.GuideInput
export type KeyFact = pdf.KeyFact
export type Document = app.Document

/** LeafletInput is a leaflet for a service item (itemId), or a custom notice when itemId is 0
 * (title, paragraphs, a box of key facts, contacts), either with a Mongolian paragraph. */
export interface LeafletInput {
  itemId: number
  title: string
  paragraphs: string[]
  keyFacts: { label: string; value: string }[]
  contacts: string
  /** mongolianTitle is set above the Chinese title; '' for none. */
  mongolianTitle: string
  /** mongolian is a text in Mongolian script set in vertical columns beside the Chinese body (or,
   * with mongolianPage, on a page of its own before it); '' for none. */
  mongolian: string
  mongolianPage: boolean
  twoSided: boolean
  copies: number
}

/** defaultGuideTitle is the title the server uses when none is given (pdf.DefaultGuideTitle). */
export const defaultGuideTitle = '惠民政策口袋书'

/** pocketGuide prints a pocket guide of the chosen items (or of a whole category), as single
 * pages or imposed on A4 for duplex printing; a booklet's document carries the folding steps in
 * its hint. */
export async function pocketGuide(input: GuideInput): Promise<Document> {
  return call(() => PrintService.PocketGuide(input))
}

/** leaflet prints a one-page (or two-sided) leaflet for a service item (itemId) or, with itemId
 * 0, for a custom notice. */
export async function leaflet(input: LeafletInput): Promise<Document> {
  return call(() => PrintService.Leaflet(input as app.LeafletInput))
}
