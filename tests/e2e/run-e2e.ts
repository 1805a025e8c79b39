// end-to-end run against the built app: `vite build && tsx tests/e2e/run-e2e.ts`
// serves dist/ with vite preview on a free localhost port and drives Debian's Chromium through playwright-core
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SCREENSHOTS = path.join(ROOT, '.artifacts', 'screenshots');
const CHROMIUM_PATH = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const STEP_TIMEOUT_MS = 15_000;
const RUN_TIMEOUT_MS = 240_000;

interface E2eCase {
  name: string;
  viewport?: { width: number; height: number };
  run: (page: Page, baseUrl: string) => Promise<void>;
}

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

function finish(passed: number, failed: number): never {
  say(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('no free port found'))));
    });
  });
}

function hasCjkFont(): boolean | null {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return null;
  }
}

// small assertions: playwright-core has locators but no `expect`

async function visible(locator: Locator): Promise<Locator> {
  await locator.first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  return locator;
}

async function textOf(locator: Locator, expected: string | RegExp): Promise<void> {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  let actual = '';
  while (Date.now() < deadline) {
    actual = (await locator.first().textContent({ timeout: STEP_TIMEOUT_MS })) ?? '';
    if (typeof expected === 'string' ? actual.includes(expected) : expected.test(actual)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`expected text ${String(expected)}, got "${actual}"`);
}

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

const status = (page: Page) => page.getByRole('status');
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

const CASES: E2eCase[] = [
  {
    name: 'English interface: a typed English reply is analysed as you type',
    async run(page, baseUrl) {
      await page.goto(`${baseUrl}/?lng=en`);
      await visible(page.getByRole('heading', { level: 1, name: 'Reply analyzer' }));
      check((await page.locator('html').getAttribute('lang')) === 'en', 'html lang should be en');
      check((await page.title()) === 'Reply analyzer · Parley', `unexpected title "${await page.title()}"`);

      await page
        .getByLabel("Customer's last message (optional)")
        .fill("I can't log in and I need it now, my meeting starts in an hour!");
      const reply = page.getByRole('textbox', { name: 'Agent reply' });
      await reply.pressSequentially(
        "I'm so sorry for the trouble. Which device are you using? I'll reset your access within 10 minutes and update you as soon as it's done.",
      );
      await textOf(status(page), 'Read as English (detected)');

      const signals = await visible(region(page, 'Signals found'));
      for (const name of ['Empathy', 'Apology', 'Question', 'Solution', 'Time frame', 'Follow-up']) {
        await visible(signals.getByRole('heading', { name, exact: true }));
      }
      await visible(signals.getByText('Question level: focused'));
      await visible(region(page, 'Forbidden phrases').getByText('No forbidden phrases found.'));
      await textOf(region(page, 'Customer and coaching'), 'Customer emotion: anxious');
      const marks = await page.locator('[data-testid="highlighted-reply"] mark').count();
      check(marks >= 5, `expected highlighted spans in the reply, found ${marks}`);
      await shoot(page, 'analyzer-en');
    },
  },
  {
    name: 'English interface: the forbidden example shows each hit with a better phrasing',
    async run(page, baseUrl) {
      await page.goto(`${baseUrl}/?lng=en`);
      await page.getByRole('button', { name: 'Forbidden phrases' }).click();
      const forbidden = await visible(region(page, 'Forbidden phrases'));
      await visible(forbidden.getByRole('heading', { name: 'Privacy risk' }));
      await visible(forbidden.getByRole('heading', { name: 'Blame-shifting' }));
      await visible(forbidden.getByText('Say instead').first());
      await visible(page.locator('[data-testid="highlighted-reply"] .hl-tag', { hasText: 'Privacy risk' }));
      await textOf(status(page), /forbidden phrases\.$/);
      await textOf(region(page, 'Customer and coaching'), 'Customer emotion: angry');
      await shoot(page, 'analyzer-en-forbidden');
    },
  },
  {
    name: 'zh-CN interface: a typed Chinese reply is analysed',
    async run(page, baseUrl) {
      await page.goto(`${baseUrl}/?lng=zh-CN`);
      await visible(page.getByRole('heading', { level: 1, name: '回复分析器' }));
      check((await page.locator('html').getAttribute('lang')) === 'zh-CN', 'html lang should be zh-CN');

      await page.getByLabel('客户的上一条消息（选填）').fill('登录不了，急死我了！');
      await page
        .getByRole('textbox', { name: '坐席回复' })
        .pressSequentially(
          '非常抱歉给您带来不便。请问您用的是什么设备？我会在10分钟内帮您重置，处理好后第一时间通知您。',
        );
      await textOf(status(page), '按中文（自动识别）分析');
      const signals = await visible(region(page, '识别到的信号'));
      for (const name of ['共情', '致歉', '提问', '时限', '跟进承诺']) {
        await visible(signals.getByRole('heading', { name, exact: true }));
      }
      await textOf(region(page, '客户情绪与辅导'), '客户情绪：焦虑');
      await shoot(page, 'analyzer-zh-CN');

      await page.getByRole('button', { name: '禁用语' }).click();
      const forbidden = await visible(region(page, '禁用语'));
      await visible(forbidden.getByRole('heading', { name: '隐私风险' }));
      await visible(forbidden.getByRole('heading', { name: '推卸责任' }).first());
      await shoot(page, 'analyzer-zh-CN-forbidden');
    },
  },
  {
    name: 'the interface-language switcher relabels the page and is remembered',
    async run(page, baseUrl) {
      await page.goto(`${baseUrl}/`);
      await visible(page.getByRole('heading', { level: 1, name: 'Reply analyzer' }));
      await page.getByLabel('Interface language').selectOption({ label: '繁體中文' });
      await visible(page.getByRole('heading', { level: 1, name: '回覆分析器' }));
      check((await page.locator('html').getAttribute('lang')) === 'zh-TW', 'html lang should be zh-TW');

      await page.reload();
      await visible(page.getByRole('heading', { level: 1, name: '回覆分析器' }));
      await page.getByRole('button', { name: '優秀回覆' }).click();
      await visible(region(page, '識別到的訊號').getByRole('heading', { name: '致歉' }));
      await shoot(page, 'analyzer-zh-TW');
    },
  },
  {
    name: 'keyboard: skip link, example button and reply field work without a mouse',
    async run(page, baseUrl) {
      await page.goto(`${baseUrl}/?lng=en`);
      await visible(page.getByRole('heading', { level: 1, name: 'Reply analyzer' }));
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
      check(focused === 'Skip to main content', `first Tab should reach the skip link, got "${focused}"`);

      await page.getByRole('button', { name: 'Tricky case' }).focus();
      await page.keyboard.press('Enter');
      await visible(region(page, 'Signals found').getByRole('heading', { name: 'Restatement' }));
      await visible(region(page, 'Forbidden phrases').getByText('No forbidden phrases found.'));
    },
  },
  {
    name: 'an emptied reply shows the empty-reply message, and the draft survives a reload',
    async run(page, baseUrl) {
      await page.goto(`${baseUrl}/?lng=en`);
      const reply = page.getByRole('textbox', { name: 'Agent reply' });
      await reply.pressSequentially('Sorry about that');
      await textOf(status(page), 'Read as English');
      await reply.fill('   ');
      await textOf(status(page), 'The reply is empty: type at least one word.');
      check(
        (await reply.getAttribute('aria-invalid')) === 'true',
        'the reply field should be marked invalid',
      );

      await reply.fill('Thanks for waiting, I will check it now.');
      await textOf(status(page), 'Read as English');
      await page.reload();
      const restored = await page.getByRole('textbox', { name: 'Agent reply' }).inputValue();
      check(restored === 'Thanks for waiting, I will check it now.', `draft lost on reload: "${restored}"`);
    },
  },
  {
    name: 'narrow screen: long unbroken text stays inside the page',
    viewport: { width: 360, height: 800 },
    async run(page, baseUrl) {
      await page.goto(`${baseUrl}/?lng=en`);
      await page
        .getByRole('textbox', { name: 'Agent reply' })
        .fill(
          `Sorry! ${'x'.repeat(400)} https://example.com/${'very-long-path-'.repeat(20)} Which device is it?`,
        );
      await textOf(status(page), 'Read as English');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      check(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
      await shoot(page, 'analyzer-narrow');
    },
  },
  {
    name: 'an unknown address says the page does not exist',
    async run(page, baseUrl) {
      await page.goto(`${baseUrl}/no-such-page?lng=en`);
      await visible(page.getByRole('heading', { name: 'Page not found' }));
      await page.getByRole('link', { name: 'Back to the reply analyzer' }).click();
      await visible(page.getByRole('heading', { level: 1, name: 'Reply analyzer' }));
    },
  },
];

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
