// support.mjs: the plumbing of the end-to-end run — test ID numbers, the halldesk server
// process, and small wait helpers (playwright-core has no expect()).
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

// ---- citizen ID numbers (GB 11643) ----

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK = '10X98765432'

/** checkChar computes the check character of the first 17 digits. */
export function checkChar(first17) {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]
  return CHECK[sum % 11]
}

/** idNumber builds a valid 18-character ID from address code, birth date (YYYYMMDD) and 3-digit sequence. */
export function idNumber(address, birth, seq) {
  const first17 = `${address}${birth}${seq}`
  if (!/^\d{17}$/.test(first17)) throw new Error(`bad ID parts: ${first17}`)
  return first17 + checkChar(first17)
}

/** withWrongCheck returns the number with a check character that does not match. */
export function withWrongCheck(number) {
  const right = number[17]
  const wrong = [...'0123456789X'].find((c) => c !== right)
  return number.slice(0, 17) + wrong
}

// ---- the server ----

/** freePort asks the kernel for an unused loopback port. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.unref()
    srv.on('error', reject)
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address()
      srv.close(() => resolve(port))
    })
  })
}

/**
 * startServer spawns `halldesk serve` on a free loopback port with a fresh data folder and waits
 * for /healthz. cwd is the repository root, so a binary built without the production tag finds
 * frontend/dist; the production binary has it embedded and ignores the cwd.
 */
export async function startServer({ bin, cwd, logFile, timeoutMs = 30_000 }) {
  if (!bin || !fs.existsSync(bin)) throw new Error(`HALLDESK_BIN 不存在：${bin}`)
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'halldesk-e2e-'))
  const log = fs.openSync(logFile, 'w')
  let lastError
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = await freePort()
    const child = spawn(bin, ['serve', '--listen', `127.0.0.1:${port}`, '--data', dataDir], {
      cwd,
      stdio: ['ignore', log, log],
    })
    const server = { child, port, dataDir, logFile, base: `http://127.0.0.1:${port}`, exited: null }
    child.on('exit', (code, signal) => (server.exited = { code, signal }))
    child.on('error', (err) => (server.exited = { error: err }))
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

async function waitHealthy(server, timeoutMs) {
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
      last = err.message
    }
    await sleep(100)
  }
  throw new Error(`/healthz 在 ${timeoutMs / 1000} 秒内没有返回 ok（最后一次：${last}）`)
}

function tail(file, n = 5) {
  try {
    return fs.readFileSync(file, 'utf8').trim().split('\n').slice(-n).join(' | ') || '（空）'
  } catch {
    return '（无）'
  }
}

/** stopServer ends the server (SIGTERM, then SIGKILL after 5 s) and removes its data folder. */
export async function stopServer(server, { keepData = false } = {}) {
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

// ---- waiting ----

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

/**
 * waitFor polls fn until it returns a truthy value and returns it; on timeout it throws with
 * `what` and the last value or error seen, so a failure says what was on screen.
 */
export async function waitFor(what, fn, { timeout = 10_000, interval = 100 } = {}) {
  const deadline = Date.now() + timeout
  let last
  for (;;) {
    try {
      const v = await fn()
      if (v) return v
      last = v
    } catch (err) {
      last = err.message.split('\n')[0]
    }
    if (Date.now() > deadline) {
      throw new Error(`${what}（等待 ${timeout / 1000} 秒超时${last !== undefined ? `；最后看到：${clip(last)}` : ''}）`)
    }
    await sleep(interval)
  }
}

export function clip(v, n = 200) {
  const s = typeof v === 'string' ? v : JSON.stringify(v)
  return s && s.length > n ? s.slice(0, n) + '…' : s
}

/** exact builds a regular expression matching the whole (trimmed) text. */
export function exact(text) {
  return new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`)
}
