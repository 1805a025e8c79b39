// helpers shared by the end-to-end cases: playwright-core has locators but no `expect`
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SCREENSHOTS = path.join(ROOT, '.artifacts', 'screenshots');
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
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
export const STEP_TIMEOUT_MS = 15_000;
export const RUN_TIMEOUT_MS = 600_000;

export interface E2eCase {
  name: string;
  viewport?: { width: number; height: number };
  run: (page: Page, baseUrl: string) => Promise<void>;
}

export function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

export async function freePort(): Promise<number> {
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

export function hasCjkFont(): boolean | null {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return null;
  }
}

// small assertions: playwright-core has locators but no `expect`

export async function visible(locator: Locator): Promise<Locator> {
  await locator.first().waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  return locator;
}

export async function textOf(locator: Locator, expected: string | RegExp): Promise<void> {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  let actual = '';
  while (Date.now() < deadline) {
    actual = (await locator.first().textContent({ timeout: STEP_TIMEOUT_MS })) ?? '';
    if (typeof expected === 'string' ? actual.includes(expected) : expected.test(actual)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`expected text ${String(expected)}, got "${actual}"`);
}

export function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

export async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export const status = (page: Page) => page.getByRole('status');
export const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
