// support.ts: the plumbing of the end-to-end tests — test ID numbers, the halldesk server process,
// and small text helpers. The fixtures (fixtures.ts) start and stop the server; specs use the rest.
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { expect } from '@playwright/test'

// ---- citizen ID numbers (GB 11643) ----

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK = '10X98765432'

/** checkChar computes the check character of the first 17 digits. */
export function checkChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]
  return CHECK[sum % 11]
}

/** idNumber builds a valid 18-character ID from address code, birth date (YYYYMMDD) and 3-digit sequence. */
export function idNumber(address: string, birth: string, seq: string): string {
  const first17 = `${address}${birth}${seq}`
  if (!/^\d{17}$/.test(first17)) throw new Error(`bad ID parts: ${first17}`)
  return first17 + checkChar(first17)
}

/** withWrongCheck returns the number with a check character that does not match. */
export function withWrongCheck(number: string): string {
  const right = number[17]
  const wrong = [...'0123456789X'].find((c) => c !== right)
  return number.slice(0, 17) + wrong
}

// ---- the server ----

/** Server is one running `halldesk serve` with its own data folder. */
export interface Server {
  child: ChildProcess
  port: number
  dataDir: string
  logFile: string
  /** base is the server's address, e.g. http://127.0.0.1:41234 (no trailing slash). */
  base: string
  /** health is what /healthz answered at start ({ ok, version, … }). */
  health: Record<string, unknown>
  exited: Record<string, unknown> | null
}

/** freePort asks the kernel for an unused loopback port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.unref()
    srv.on('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
  })
}

/**
 * startServer spawns `halldesk serve` on a free loopback port with a fresh data folder and waits
 * for /healthz; env is added to the environment it inherits. cwd is the repository root, so a binary built without the production tag finds
 * frontend/dist; the production binary has it embedded and ignores the cwd.
 */
export async function startServer({ bin, cwd, env = {}, logFile, timeoutMs = 30_000 }: {
  bin: string
  cwd: string
  env?: Record<string, string>
  logFile: string
  timeoutMs?: number
}): Promise<Server> {
  if (!bin || !fs.existsSync(bin)) throw new Error(`HALLDESK_BIN 不存在：${bin}（先 make build）`)
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'halldesk-e2e-'))
  fs.mkdirSync(path.dirname(logFile), { recursive: true })
  let lastError: unknown
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = await freePort()
    const server: Server = { child: null as unknown as ChildProcess, port, dataDir, logFile, base: `http://127.0.0.1:${port}`, health: {}, exited: null }
    spawnServe(server, bin, cwd, env)
    try {
      server.health = await waitHealthy(server, timeoutMs)
      return server
    } catch (err) {
      lastError = err
      await stopServer(server, { keepData: true })
      const clash = /无法监听|address already in use/.test(fs.readFileSync(logFile, 'utf8'))
      if (!clash) break // only a port taken in the meantime is worth another try
    }
  }
  fs.rmSync(dataDir, { recursive: true, force: true })
  throw lastError
}

/** spawnServe starts `halldesk serve` for server (its port, data folder and log) and keeps its exit. */
function spawnServe(server: Server, bin: string, cwd: string, env: Record<string, string>): void {
  const log = fs.openSync(server.logFile, 'a')
  const child = spawn(bin, ['serve', '--listen', `127.0.0.1:${server.port}`, '--data', server.dataDir], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', log, log] })
  fs.closeSync(log)
  server.child = child
  server.exited = null
  child.on('exit', (code, signal) => (server.exited = { code, signal }))
  child.on('error', (err) => (server.exited = { error: err.message }))
}

/**
 * restartServer stops server (SIGTERM, keeping its data) and starts it again on the same port and
 * data folder, as when the hall's host is restarted; server is updated in place (its child, its
 * health) and the pages open on it stay where they are.
 */
export async function restartServer(server: Server, { bin, cwd, env = {}, timeoutMs = 30_000 }: {
  bin: string
  cwd: string
  env?: Record<string, string>
  timeoutMs?: number
}): Promise<void> {
  await stopServer(server, { keepData: true })
  spawnServe(server, bin, cwd, env)
  server.health = await waitHealthy(server, timeoutMs)
}

async function waitHealthy(server: Server, timeoutMs: number): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs
  let last = 'no answer'
  while (Date.now() < deadline) {
    if (server.exited) {
      throw new Error(`服务进程提前退出：${JSON.stringify(server.exited)}；日志最后几行：${tail(server.logFile)}`)
    }
    try {
      const res = await fetch(`${server.base}/healthz`, { signal: AbortSignal.timeout(2000) })
      const body = await res.text()
      last = `${res.status} ${body.trim()}`
      if (res.ok) {
        const json = JSON.parse(body)
        if (json.ok === true) return json
      }
    } catch (err) {
      last = (err as Error).message
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`/healthz 在 ${timeoutMs / 1000} 秒内没有返回 ok（最后一次：${last}）`)
}

function tail(file: string, n = 5): string {
  try {
    return fs.readFileSync(file, 'utf8').trim().split('\n').slice(-n).join(' | ') || '（空）'
  } catch {
    return '（无）'
  }
}

/** stopServer ends the server (SIGTERM, then SIGKILL after 5 s) and removes its data folder unless keepData. */
export async function stopServer(server: Server | undefined, { keepData = false } = {}): Promise<void> {
  if (!server) return
  const { child } = server
  if (!server.exited && child.exitCode === null && child.signalCode === null) {
    const gone = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
    await gone
    clearTimeout(timer)
  }
  if (!keepData) fs.rmSync(server.dataDir, { recursive: true, force: true })
}

// ---- waiting and text ----

/**
 * waitFor retries fn until it returns a truthy value and returns that value, as an auto-retrying
 * expect.poll; on timeout the assertion fails with `what` and the last value seen. Prefer
 * expect(locator).toHaveText() and friends; this is for conditions no locator assertion states.
 */
export async function waitFor<T>(what: string, fn: () => Promise<T>, { timeout = 10_000 } = {}): Promise<T> {
  let value: T | undefined
  await expect
    .poll(
      async () => {
        value = await fn()
        return value ? true : clip(value)
      },
      { message: what, timeout, intervals: [100] },
    )
    .toBe(true)
  return value as T
}

/** check fails the current step with msg unless cond holds (for values read once, not on screen). */
export function check(cond: unknown, msg: string): void {
  expect(Boolean(cond), msg).toBe(true)
}

/** clip shortens a value for a failure message. */
export function clip(v: unknown, n = 200): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v)
  return s && s.length > n ? s.slice(0, n) + '…' : s
}

/** exact builds a regular expression matching the whole (trimmed) text. */
export function exact(text: string): RegExp {
  return new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`)
}

/** todayInChina is today's date in Asia/Shanghai as YYYY-MM-DD. */
export function todayInChina(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())
}
