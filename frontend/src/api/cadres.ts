// cadres.ts wraps CadreService, the cadre registry (干部名册) with its village work teams
// (驻村工作队 / 工作组), and PrintService's contact cards (干部民情联系卡). Every signed-in
// operator reads the registry and prints; only the administrator saves.
import * as CadreService from '../../wailsjs/go/app/CadreService'
import * as PrintService from '../../wailsjs/go/app/PrintService'
import type { app, hall } from '../../wailsjs/go/models'
import { call } from './call'

/** cadreTypes are the kinds of cadre (hall.CadreTypes). */
export const cadreTypes = ['驻村干部', '包户干部', '领导干部', '窗口人员'] as const

/** cadreRoles are the five roles printed on every card (hall.CadreRoles). */
export const cadreRoles = ['联络员', '宣传员', '代办员', '帮扶员', '调解员'] as const

/** workTeamKinds are the kinds of village work team (hall.WorkTeamKinds). */
export const workTeamKinds = ['驻村工作队', '驻村工作组'] as const

export type Cadre = hall.Cadre
/** CadreQuery chooses cadres; teamId (a work team's members) may be left out. */
export type CadreQuery = Omit<hall.CadreQuery, 'teamId'> & { teamId?: number }
export type CadrePage = hall.CadrePage
export type CardsInput = app.CardsInput
export type WorkTeam = hall.WorkTeam

/** CadreInput adds (id 0) or edits a cadre; villageNames, teamName, households and updatedAt are
 * filled by the server. teamId 0 is no work team. */
export type CadreInput = Omit<hall.Cadre, 'villageNames' | 'teamName' | 'households' | 'updatedAt'>

/** TeamInput adds (id 0) or edits a work team; the names and the member count are filled by the server. */
export type TeamInput = Omit<hall.WorkTeam, 'leaderName' | 'villageName' | 'memberCount'>

function normalize(c: Cadre): Cadre {
  c.villageIds = c.villageIds ?? [] // a Go nil slice arrives as null
  c.villageNames = c.villageNames ?? []
  return c
}

/** listCadres returns one page of cadres. */
export async function listCadres(q: CadreQuery): Promise<CadrePage> {
  const page = await call(() => CadreService.List({ teamId: 0, ...q }))
  page.items = (page.items ?? []).map(normalize)
  return page
}

/** getCadre returns one cadre, active or not. */
export async function getCadre(id: number): Promise<Cadre> {
  return normalize(await call(() => CadreService.Get(id)))
}

/** saveCadre adds or edits a cadre and returns it as stored. */
export async function saveCadre(input: CadreInput): Promise<Cadre> {
  return normalize(await call(() => CadreService.Save({ ...input, villageNames: [], teamName: '', households: 0, updatedAt: '' })))
}

/** listTeams returns every work team, active ones first. */
export async function listTeams(): Promise<WorkTeam[]> {
  return (await call(() => CadreService.Teams())) ?? []
}

/** saveTeam adds or edits a work team and returns it as stored. */
export async function saveTeam(input: TeamInput): Promise<WorkTeam> {
  return call(() => CadreService.SaveTeam({ ...input, leaderName: '', villageName: '', memberCount: 0 }))
}

/** printContactCards prints the chosen cadres' cards, or every active cadre of a village. */
export async function printContactCards(input: CardsInput): Promise<app.Document> {
  return call(() => PrintService.ContactCards(input))
}

/** printCounts adds up the copies printed per kind (口袋书, 民情联系卡 …) between two dates. */
export async function printCounts(from: string, to: string): Promise<Record<string, number>> {
  return (await call(() => PrintService.Counts({ from, to }))) ?? {}
}
