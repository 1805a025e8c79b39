// end-to-end run against the built app: `vite build && tsx tests/e2e/run-e2e.ts`
// serves dist/ with vite preview on a free localhost port and drives Debian's Chromium through playwright-core
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { ANALYZER_CASES } from './analyzer-cases.ts';
import { TRAINEE_CASES } from './trainee-cases.ts';
import {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  freePort,
  hasCjkFont,
  ROOT,
  RUN_TIMEOUT_MS,
  say,
  SCREENSHOTS,
  STEP_TIMEOUT_MS,
  type E2eCase,
} from './support.ts';

const CASES: E2eCase[] = [...ANALYZER_CASES, ...TRAINEE_CASES];

function finish(passed: number, failed: number): never {
  say(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

async function runCase(browser: Browser, baseUrl: string, testCase: E2eCase): Promise<string | null> {
  // a fresh context per case: no storage carried over
  const context = await browser.newContext({
    locale: 'en-US',
    viewport: testCase.viewport ?? { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  try {
    await testCase.run(page, baseUrl);
    if (problems.length > 0) throw new Error(problems.join('\n'));
    return null;
  } catch (error) {
    await page
      .screenshot({
        path: path.join(SCREENSHOTS, `failed-${testCase.name.replace(/\W+/g, '-')}.png`),
        fullPage: true,
      })
      .catch(() => undefined);
    const message = error instanceof Error ? error.message : String(error);
    return [message, ...problems].join('\n');
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(`Chromium is not installed at ${CHROMIUM_PATH}.`);
    console.error('Install it (as root) with: apt-get install -y chromium fonts-wqy-microhei');
    finish(0, 1);
  }
  if (!existsSync(path.join(ROOT, 'dist', 'index.html'))) {
    console.error('dist/index.html is missing: build the app first (npm run test:e2e runs `vite build`).');
    finish(0, 1);
  }
  if (hasCjkFont() === false) {
    console.warn('No CJK font found: Chinese text will show as boxes in screenshots.');
    console.warn('Install one with: apt-get install -y fonts-wqy-microhei');
  }
  await mkdir(SCREENSHOTS, { recursive: true });

  const guard = setTimeout(() => {
    console.error(`e2e run took longer than ${RUN_TIMEOUT_MS / 1000} s; giving up`);
    finish(0, 1);
  }, RUN_TIMEOUT_MS);
  guard.unref();

  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  let passed = 0;
  let failed = 0;
  try {
    const port = await freePort();
    server = await preview({
      root: ROOT,
      logLevel: 'warn',
      preview: { host: '127.0.0.1', port, strictPort: true, open: false },
    });
    const baseUrl = `http://127.0.0.1:${port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
    say(`e2e: ${browser.version()} against ${baseUrl}`);

    for (const testCase of CASES) {
      const started = Date.now();
      const failure = await runCase(browser, baseUrl, testCase);
      const took = `${Date.now() - started} ms`;
      if (failure === null) {
        passed += 1;
        say(`  ✓ ${testCase.name} (${took})`);
      } else {
        failed += 1;
        say(`  ✗ ${testCase.name} (${took})`);
        for (const line of failure.split('\n')) say(`      ${line}`);
      }
    }
    say(`screenshots: ${path.relative(ROOT, SCREENSHOTS)}/`);
  } catch (error) {
    console.error('e2e setup failed:', error);
    failed += 1;
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.close().catch(() => undefined);
  }
  finish(passed, failed);
}

await main();
