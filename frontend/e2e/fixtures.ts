// fixtures.ts: what every end-to-end spec imports instead of @playwright/test.
//
//   import { test, expect, ADMIN, HEAD } from './fixtures'
//
//   test('…', async ({ page, foundation, shot }) => {
//     await page.goto('/#/login')          // baseURL is this spec file's own server
//     await signIn(page, ADMIN)            // from ./ui
//     …
//   })
//
// Each spec file gets its own `halldesk serve` on a free loopback port with a fresh data folder: it
// starts when the file's first test asks for `server` (or `page`, `foundation`), lives while the
// worker runs that file's tests, and stops before the worker's next file. Tests of one file share
// that server and its data, so a spec whose tests change shared data runs them in order
// (test.describe.configure({ mode: 'serial' })) or keeps each test to data of its own.
//
// Fixtures:
//   server      the spec file's server: { base, port, dataDir, logFile, health }.
//   foundation  seeds, once per spec file and through the server's HTTP API (no UI, a fraction of a
//               second), what the stories stand on: the hall and its administrator ADMIN (first-start
//               setup), VILLAGE with its group, the household at ADDRESS with HEAD, SPOUSE and CHILD.
//               It gives their database ids, call() (any API method, as the administrator) and
//               addOperator(). Specs that test first start itself do not ask for it.
//   page        a page of a fresh browser context on the file's server (1366×860, zh-CN,
//               Asia/Shanghai); a script error on it fails the test.
//   shot        shot('name') saves a full-page screenshot as test-output/e2e/<spec>/NN-name.png,
//               the pictures people look through; quiet hides the toasts.
//   outDir      test-output/e2e/<spec>/, where a spec keeps the documents it downloads.
//   restartServer  restarts the file's server on the same port and data folder (as when the hall's
//               host restarts): the pages and contexts open on it stay open, sessions held only in
//               the server's memory are gone.
//   serverEnv   an option: environment variables for the file's server, set for a whole spec file
//               with test.use({ serverEnv: { HALLDESK_IDLE_SECONDS: '12' } }) at its top level.
// Traces and screenshots of failed tests go to test-output/playwright (playwright.config.ts).
//
// Beside it: data.ts (the hall, people and accounts, re-exported here), ui.ts (Element Plus widgets,
// signing in and out, the residents page), cases.ts (the resident finder, case actions),
// documents.ts (downloaded PDFs read back) and support.ts (ID numbers, the server process, waits).
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { test as base, expect, type TestInfo } from '@playwright/test'

import { ADDRESS, ADMIN, CHILD, HALL, HEAD, ROLE_CODES, SPOUSE, VILLAGE, type Operator, type Person } from './data'
import { settled } from './ui'
import { restartServer, startServer, stopServer, type Server } from './support'

export { expect }
export * from './data'

const here = path.dirname(fileURLToPath(import.meta.url))
const repoRoot = path.resolve(here, '../..')
/** The binary under test: HALLDESK_BIN, else the one `make build` leaves. */
const bin = path.resolve(process.env.HALLDESK_BIN || path.join(repoRoot, 'build/bin/halldesk'))
/** Screenshots and documents for people to look at, one folder per spec file. */
const shotsRoot = path.join(repoRoot, 'test-output/e2e')
/** The server's working folder: HALLDESK_CWD, else the repository root. */
const serverCwd = process.env.HALLDESK_CWD ? path.resolve(process.env.HALLDESK_CWD) : repoRoot

/** Seeded is a person of the foundation with their database id. */
export interface Seeded extends Person {
  residentId: number
}

/** Foundation is what the `foundation` fixture seeded, with their ids, and a way to seed more. */
export interface Foundation {
  villageId: number
  groupId: number
  householdId: number
  head: Seeded
  spouse: Seeded
  child: Seeded
  /** call invokes POST /api/<service>/<method> as the administrator and returns the answer's JSON. */
  call: <T = any>(service: string, method: string, ...args: unknown[]) => Promise<T>
  /** addOperator adds an active account (role as the UI labels it: 窗口人员, 督导 …) and returns its id. */
  addOperator: (who: Operator & { phone?: string }) => Promise<number>
}

/** One spec file's server, kept by its worker while it runs that file. */
interface FileServer {
  file: string
  server: Server
  outDir: string
  shots: number
  failed: boolean
  foundation?: Promise<Foundation>
}

interface TestFixtures {
  serverEnv: Record<string, string>
  server: Server
  restartServer: () => Promise<void>
  foundation: Foundation
  shot: (name: string, opts?: { quiet?: boolean }) => Promise<void>
  outDir: string
  _fileServer: FileServer
}

interface WorkerFixtures {
  _workerServers: { current?: FileServer }
}

/** specName is the spec file's name without .spec.ts: counter for counter.spec.ts. */
function specName(info: TestInfo): string {
  return path.basename(info.file).replace(/\.spec\.[cm]?[jt]s$/, '')
}

/**
 * freshOutDir empties the spec's folder under test-output/e2e once per run: a worker that takes
 * over the file after a failed test (with a server of its own) keeps what the failure left there.
 */
function freshOutDir(spec: string): string {
  const dir = path.join(shotsRoot, spec)
  const marker = path.join(dir, '.run')
  const run = process.env.E2E_RUN ?? ''
  if (!fs.existsSync(marker) || fs.readFileSync(marker, 'utf8') !== run) {
    fs.rmSync(dir, { recursive: true, force: true })
    fs.mkdirSync(dir, { recursive: true })
    fs.writeFileSync(marker, run)
  }
  return dir
}

async function stopFileServer(cur: FileServer | undefined): Promise<void> {
  if (!cur) return
  // A file with a failed test keeps its data folder for a look with `halldesk serve --data`.
  await stopServer(cur.server, { keepData: cur.failed })
  if (cur.failed) console.log(`数据文件夹保留以便排查：${cur.server.dataDir}（${cur.file}）`)
}

/**
 * apiClient signs in as ADMIN over HTTP and returns call(): the same JSON API the page's
 * window.go shim uses, with its own session cookie.
 */
export async function apiClient(baseURL: string): Promise<Foundation['call']> {
  let cookie = ''
  const call = async (service: string, method: string, ...args: unknown[]) => {
    const res = await fetch(`${baseURL}/api/${service}/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) },
      body: JSON.stringify(args),
    })
    const set = res.headers.getSetCookie().map((c) => c.split(';')[0])
    if (set.length) cookie = set.join('; ')
    const text = await res.text()
    if (!res.ok) throw new Error(`${service}.${method}：HTTP ${res.status} ${text}`)
    return text ? JSON.parse(text) : null
  }
  return call
}

/** seed makes the foundation through the API: first start, the village, the household and its three members. */
async function seed(server: Server): Promise<Foundation> {
  const call = await apiClient(server.base)
  await call('SystemService', 'Setup', {
    hall: { hallName: HALL.name, township: HALL.township, banner: HALL.banner, phone: HALL.phone, supervisionPhone: '', idleMinutes: 0 },
    admin: { id: 0, username: ADMIN.username, name: ADMIN.name, role: 'admin', phone: '', password: ADMIN.password },
  })
  await call('AuthService', 'Login', { username: ADMIN.username, password: ADMIN.password })
  const villageId: number = await call('PlaceService', 'SaveVillage', { id: 0, name: VILLAGE.name, kind: VILLAGE.kind, active: true })
  const groupId: number = await call('PlaceService', 'SaveGroup', { id: 0, villageId, name: VILLAGE.group, active: true })
  const household = await call('HouseholdService', 'Save', { id: 0, villageId, groupId, address: ADDRESS })
  const member = async (p: Person): Promise<Seeded> => {
    const r = await call('ResidentService', 'Save', {
      id: 0, name: p.name, idNumber: p.id, noIdNumber: false, clearPhone: false, birthDate: '', sex: '', phone: p.phone ?? '',
      villageId, groupId, address: ADDRESS, householdId: household.id, relation: p.relation,
      residency: '常住', tags: [], note: '',
    })
    return { ...p, residentId: r.id }
  }
  const head = await member(HEAD)
  const spouse = await member(SPOUSE)
  const child = await member(CHILD)
  const addOperator = async (who: Operator & { phone?: string }) => {
    const role = ROLE_CODES[who.role] ?? who.role
    const op = await call('OperatorService', 'Save', { id: 0, username: who.username, name: who.name, role, phone: who.phone ?? '', password: who.password })
    return op.id as number
  }
  return { villageId, groupId, householdId: household.id, head, spouse, child, call, addOperator }
}

/** test is @playwright/test's test with the fixtures above. */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  _workerServers: [
    async ({}, use) => {
      const servers: { current?: FileServer } = {}
      await use(servers)
      await stopFileServer(servers.current)
    },
    { scope: 'worker' },
  ],

  serverEnv: [{}, { option: true }],

  _fileServer: async ({ _workerServers, serverEnv }, use, testInfo) => {
    // A worker runs one file's tests one after another: a test of another file ends the last server.
    let cur = _workerServers.current
    if (!cur || cur.file !== testInfo.file) {
      await stopFileServer(cur)
      _workerServers.current = undefined
      const outDir = freshOutDir(specName(testInfo))
      const server = await startServer({ bin, cwd: serverCwd, env: serverEnv, logFile: path.join(outDir, 'server.log') })
      cur = { file: testInfo.file, server, outDir, shots: 0, failed: false }
      _workerServers.current = cur
    }
    await use(cur)
    if (testInfo.status !== testInfo.expectedStatus) cur.failed = true
  },

  server: async ({ _fileServer }, use) => {
    await use(_fileServer.server)
  },

  restartServer: async ({ _fileServer, serverEnv }, use) => {
    await use(() => restartServer(_fileServer.server, { bin, cwd: serverCwd, env: serverEnv }))
  },

  outDir: async ({ _fileServer }, use) => {
    await use(_fileServer.outDir)
  },

  foundation: async ({ _fileServer }, use) => {
    _fileServer.foundation ??= seed(_fileServer.server)
    await use(await _fileServer.foundation)
  },

  baseURL: async ({ server }, use) => {
    await use(server.base)
  },

  page: async ({ page }, use) => {
    const errors: string[] = []
    page.on('pageerror', (err) => errors.push(err.message))
    await use(page)
    expect(errors, `页面脚本出错 ${errors.length} 次`).toEqual([])
  },

  shot: async ({ page, _fileServer }, use) => {
    await use(async (name, { quiet = false } = {}) => {
      _fileServer.shots++
      const file = path.join(_fileServer.outDir, `${String(_fileServer.shots).padStart(2, '0')}-${name}.png`)
      await settled(page)
      await page.screenshot({ path: file, fullPage: true, style: quiet ? '.el-message { visibility: hidden !important; }' : undefined })
    })
  },
})
