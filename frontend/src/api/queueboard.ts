// queueboard.ts reads the call screen's board (QueueService.Board): the current number of every
// window, the last six calls and who waits per group. Go nil slices arrive as null and are
// turned into [] here.
import * as QueueService from '../../wailsjs/go/app/QueueService'
import type { hall } from '../../wailsjs/go/models'
import { deviceCall } from './devices'

export type QueueBoard = hall.QueueBoard
export type BoardCall = hall.BoardCall

/** getBoard reads the board as a paired call screen. */
export async function getBoard(): Promise<QueueBoard> {
  const b = await deviceCall(() => QueueService.Board())
  b.windows = b.windows ?? []
  b.recent = b.recent ?? []
  b.waiting = b.waiting ?? []
  return b
}
