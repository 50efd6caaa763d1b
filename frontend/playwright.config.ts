// playwright.config.ts: the end-to-end tests (e2e/*.spec.ts) in Debian's Chromium against browser
// mode. Each spec file gets its own server and data (e2e/fixtures.ts). No browser is downloaded: the
// system's Chromium is launched by path (CHROMIUM, default /usr/bin/chromium).
//
//   cd frontend && npx playwright test                 (make test-e2e builds nothing; make build first)
//   npx playwright test e2e/counter.spec.ts -g 收齐     (one file, tests whose title matches)
//
// HALLDESK_BIN is the binary under test (default build/bin/halldesk), E2E_WORKERS the number of spec
// files run at once (default 2), E2E_HEADED=1 shows the browser, E2E_SLOWMO=<ms> slows it down.
// Failed tests keep a trace and a screenshot in test-output/playwright (npx playwright show-trace);
// the screenshots people look at, documents and server logs are in test-output/e2e/<spec>/.
import { defineConfig } from '@playwright/test'

const headed = !!process.env.E2E_HEADED
// One mark for this run, set in the runner and inherited by its workers (e2e/fixtures.ts empties a
// spec's screenshot folder once per run).
process.env.E2E_RUN ??= String(Date.now())

export default defineConfig({
  testDir: 'e2e',
  outputDir: '../test-output/playwright',
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: Number(process.env.E2E_WORKERS || 2),
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { outputFolder: '../test-output/playwright-report', open: 'never' }]],
  use: {
    headless: !headed,
    viewport: { width: 1366, height: 860 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    actionTimeout: 10_000,
    navigationTimeout: 20_000,
    acceptDownloads: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      slowMo: Number(process.env.E2E_SLOWMO || 0),
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
})
