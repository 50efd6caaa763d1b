import { describe, expect, it } from 'vitest'
import { caseStatuses, ledgers, openStatuses, ratings } from './generated/vocabulary'

// Every source file but the tests and the generated ones, as text.
const sources = Object.entries(
  import.meta.glob(['./**/*.vue', './**/*.ts', '!./**/*.test.ts', '!./generated/**'], { query: '?raw', import: 'default', eager: true }) as Record<
    string,
    string
  >,
)

describe("hall's vocabulary", () => {
  it('is read from the generated file, never retyped', () => {
    const copies = [
      ledgers.map((l) => `'${l}'`).join(', '), // the three ledgers as a list
      `'${ratings[0]}', '${ratings[1]}'`, // the rating levels
      `label: '${caseStatuses[0].label}'`, // a status with its name
      openStatuses.map((s) => `'${s}'`).join(', '), // the open statuses
      "'DB-0", // an item code used as a rule: rules read the item's role
    ]
    const found = sources.flatMap(([file, text]) => copies.filter((c) => text.includes(c)).map((c) => `${file}: ${c}`))
    expect(sources.length).toBeGreaterThan(50)
    expect(found).toEqual([])
  })
})
