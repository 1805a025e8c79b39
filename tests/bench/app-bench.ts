// app benchmark against the built app: `vite build && tsx tests/bench/app-bench.ts` (npm run bench:app)
// a benchmark, not a test: it prints figures beside their targets and exits 0 whatever they are;
// only a run that cannot measure (no Chromium, no build, a step that times out) exits non-zero
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH, freePort, ROOT, say, SCREENSHOTS } from '../e2e/support.ts';
import {
  figureTable,
  gzipBytes,
  kB,
  median,
  PAGE_PROBE,
  percentile,
  PROGRESS_SAMPLE,
  REPLY_SAMPLES,
  seedAttempts,
  type Figure,
  type ProgressSample,
  type ReplySample,
  type SeedResult,
} from './bench-support.ts';

const SCENARIO = 'login-failure-angry';
const TITLE = 'Locked out and furious';
const REPLY_LABEL = 'Your reply';
const COACHING = 'Coaching on your reply';
const REPLIES_MEASURED = 50;
const PROGRESS_ATTEMPTS = 1000;
const PROGRESS_LOADS = 3;
const STEP_TIMEOUT_MS = 20_000;
const RUN_TIMEOUT_MS = 8 * 60_000;
const VIEWPORT = { width: 1280, height: 900 };

/** typical agent replies of different lengths and kinds, sent in turn */
const REPLIES = [
  // empathy and a question
  "I'm really sorry you've been locked out all morning, especially with a meeting coming up. Which device are you using, and what exactly does the error say?",
  // restatement
  'So the iPhone app first rejected your password and has now locked the account after too many attempts, and the in-app reset sends nothing, right?',
  // short empathy
  'I completely understand how stressful this is with your meeting at noon.',
  // solution with a time frame and a follow-up
  "I've just sent you our official password reset link. It takes about 5 minutes to set a new password, and I'll check back with you in 15 minutes to make sure you're in.",
  // a long, rambling one
  'Thanks for bearing with me. While the link is on its way, please check your spam folder as well, since reset emails sometimes land there; once you open it, choose a new password you have not used before, and then sign in on the iPhone app again. If anything looks odd at any step, tell me right away and we will sort it out together.',
  // curt
  'Please wait.',
  // a plain question
  'Which email address is on the account?',
  // apology only
  'Sorry about that!',
  // forbidden: blames the customer
  'Everyone else can log in fine, are you sure you typed your password correctly?',
  // closing
  "Great to hear you're back in! Sorry again for the stressful morning, and good luck with the meeting.",
];

function finish(code: number): never {
  process.exit(code);
}

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>): Promise<T> {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== null && value !== undefined && value !== false) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function newContext(
  browser: Browser,
  storageState?: Awaited<ReturnType<BrowserContext['storageState']>>,
) {
  const context = await browser.newContext({
    locale: 'en-US',
    viewport: VIEWPORT,
    ...(storageState && { storageState }),
  });
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  return context;
}

function watchErrors(page: Page, problems: string[]) {
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
}

async function createProfile(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}/?lng=en`);
  await page.getByLabel('Display name').fill('Bench Bea');
  await page.getByRole('button', { name: 'Start practising' }).click();
  await page.getByRole('heading', { name: TITLE }).first().waitFor();
}

const customerLines = (page: Page) => page.locator('.chat__line--customer').count();
const replySamples = (page: Page) => page.evaluate<ReplySample[]>(REPLY_SAMPLES);

/** a new attempt at the scenario, past the resume prompt, once the customer's opening line is shown */
async function startAttempt(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}/play/${SCENARIO}?lng=en`);
  const box = page.getByRole('textbox', { name: REPLY_LABEL });
  const restart = page.getByRole('button', { name: 'Start over' });
  await until(
    'the reply box or the resume prompt',
    async () => (await box.isVisible()) || restart.isVisible(),
  );
  if (await restart.isVisible()) await restart.click();
  await box.waitFor();
  await until('the customer to open', async () => (await customerLines(page)) > 0);
}

// 1. Enter in the reply box to the coaching card painted

async function measureReplies(page: Page, baseUrl: string) {
  const ended = page.getByRole('heading', { name: /The conversation has ended/ });
  const box = page.getByRole('textbox', { name: REPLY_LABEL });
  // the page keeps its own samples and loses them with each navigation: collect them here
  const samples: (ReplySample & { attempt: number; turn: number })[] = [];
  let attempts = 0;
  let turn = 0;
  let sent = 0;
  let live = false;
  while (sent < REPLIES_MEASURED) {
    if (!live) {
      await startAttempt(page, baseUrl);
      attempts += 1;
      turn = 0;
      live = true;
    }
    const text = REPLIES[sent % REPLIES.length]!;
    const before = await customerLines(page);
    const cards = await page.getByRole('complementary', { name: COACHING }).count();
    const known = (await replySamples(page)).length;
    await box.fill(text);
    await box.press('Enter');
    sent += 1;
    turn += 1;
    const sample = await until(
      `the coaching card for reply ${sent}`,
      async () => (await replySamples(page))[known],
    );
    samples.push({ ...sample, attempt: attempts, turn });
    if ((await page.getByRole('complementary', { name: COACHING }).count()) !== cards + 1) {
      throw new Error(`reply ${sent}: expected one more coaching card named "${COACHING}"`);
    }
    // keep the page settled between replies: the customer answers, or the conversation ends
    await until(
      `the customer to answer reply ${sent}`,
      async () => (await customerLines(page)) > before || ended.isVisible(),
    );
    if (await ended.isVisible()) {
      // saved: no attempt is left to resume
      await page.getByRole('link', { name: 'See your debrief' }).waitFor();
      live = false;
    }
  }
  return { samples, attempts };
}

// 2. initial JavaScript, gzip level 9

interface ScriptLoad {
  url: string;
  raw: number;
  gzip: number;
  /** requested after the page marked the conversation ready (loaded while the trainee reads) */
  deferred: boolean;
}

/** the app marks the moment a conversation can start (src/features/play/hooks/use-conversation.ts) */
const CONVERSATION_READY_MARK = 'parley:conversation-ready';

interface ResourceSeen {
  url: string;
  startTime: number;
}

/**
 * The scripts a page requested until `ready`, sized from dist/ (gzip -9). With `mark`, a script counts as initial
 * only when its request started before the app set that performance mark; later ones are listed as deferred.
 */
async function initialScripts(
  browser: Browser,
  storageState: Awaited<ReturnType<BrowserContext['storageState']>>,
  url: string,
  ready: (page: Page) => Promise<void>,
  mark?: string,
): Promise<ScriptLoad[]> {
  const context = await newContext(browser, storageState);
  try {
    const page = await context.newPage();
    await page.goto(url);
    await ready(page);
    if (mark)
      await until(`the performance mark ${mark}`, () =>
        page.evaluate((m) => performance.getEntriesByName(m).length > 0, mark),
      );
    // let the deferred requests start, so that they are listed
    await page.waitForTimeout(500);
    const { resources, markAt } = await page.evaluate((m) => {
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const at = m ? (performance.getEntriesByName(m)[0]?.startTime ?? null) : null;
      return {
        resources: entries.map((e) => ({ url: e.name, startTime: e.startTime })),
        markAt: at,
      };
    }, mark ?? null);
    const scripts = (resources as ResourceSeen[]).filter((r) => new URL(r.url).pathname.endsWith('.js'));
    const byUrl = new Map<string, ScriptLoad>();
    for (const r of scripts) {
      const file = path.join(ROOT, 'dist', decodeURIComponent(new URL(r.url).pathname));
      const body = await readFile(file);
      byUrl.set(r.url, {
        url: r.url,
        raw: body.length,
        gzip: gzipBytes(body),
        deferred: markAt !== null && r.startTime > markAt,
      });
    }
    return [...byUrl.values()].sort((a, b) => Number(a.deferred) - Number(b.deferred) || b.gzip - a.gzip);
  } finally {
    await context.close();
  }
}

function describeScripts(route: string, all: readonly ScriptLoad[]) {
  const scripts = all.filter((s) => !s.deferred);
  const total = scripts.reduce((sum, s) => sum + s.gzip, 0);
  const raw = scripts.reduce((sum, s) => sum + s.raw, 0);
  say(`  ${route}: ${scripts.length} scripts, ${kB(raw).toFixed(1)} kB raw, ${kB(total).toFixed(1)} kB gzip`);
  const line = (s: ScriptLoad) =>
    `    ${kB(s.gzip).toFixed(1).padStart(7)} kB gzip ${kB(s.raw).toFixed(1).padStart(7)} kB  ${new URL(s.url).pathname}`;
  for (const s of scripts) say(line(s));
  const deferred = all.filter((s) => s.deferred);
  if (deferred.length > 0) {
    const later = deferred.reduce((sum, s) => sum + s.gzip, 0);
    say(
      `    then, after the conversation started: ${deferred.length} scripts, ${kB(later).toFixed(1)} kB gzip`,
    );
    for (const s of deferred) say(line(s));
  }
  return total;
}

// 3. /progress with 1,000 attempts

async function loadProgress(page: Page, baseUrl: string): Promise<ProgressSample> {
  await page.goto(`${baseUrl}/progress?lng=en`);
  return until('the progress page to be painted', async () => {
    const s = await page.evaluate<ProgressSample | null>(PROGRESS_SAMPLE);
    return s && s.painted !== null ? s : null;
  });
}

function describeLoad(what: string, load: ProgressSample) {
  const loading = load.loading === null ? 'not shown' : `at ${load.loading.toFixed(1)} ms`;
  say(
    `  ${what}: loading line ${loading}; heading and list in the DOM at ${load.dom.toFixed(1)} ms, ` +
      `painted at ${(load.painted ?? NaN).toFixed(1)} ms (${load.rows} rows shown)`,
  );
}

async function measureProgress(page: Page, baseUrl: string) {
  // for comparison: the same page with only the attempts played above
  const baseline = await loadProgress(page, baseUrl);
  const seeded = await page.evaluate<SeedResult>(seedAttempts(PROGRESS_ATTEMPTS));
  if (seeded.count < PROGRESS_ATTEMPTS) throw new Error(`seeding left ${seeded.count} attempts`);
  const loads: ProgressSample[] = [];
  for (let i = 0; i < PROGRESS_LOADS; i += 1) loads.push(await loadProgress(page, baseUrl));
  await page.getByRole('heading', { level: 1, name: 'Your progress' }).waitFor();
  await page.screenshot({ path: path.join(SCREENSHOTS, 'bench-progress-1000.png'), fullPage: true });
  return { baseline, seeded, loads };
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(`Chromium is not installed at ${CHROMIUM_PATH} (apt-get install -y chromium).`);
    finish(1);
  }
  if (!existsSync(path.join(ROOT, 'dist', 'index.html'))) {
    console.error('dist/index.html is missing: build the app first (npm run bench:app runs `vite build`).');
    finish(1);
  }
  await mkdir(SCREENSHOTS, { recursive: true });
  const guard = setTimeout(() => {
    console.error(`the benchmark took longer than ${RUN_TIMEOUT_MS / 1000} s; giving up`);
    finish(1);
  }, RUN_TIMEOUT_MS);
  guard.unref();

  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  const started = Date.now();
  const problems: string[] = [];
  let page: Page | undefined;
  try {
    const port = await freePort();
    server = await preview({
      root: ROOT,
      logLevel: 'warn',
      preview: { host: '127.0.0.1', port, strictPort: true, open: false },
    });
    const baseUrl = `http://127.0.0.1:${port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
    say(`bench:app: ${browser.version()} against ${baseUrl} (vite preview of dist/)`);

    const context = await newContext(browser);
    await context.addInitScript({ content: PAGE_PROBE });
    page = await context.newPage();
    watchErrors(page, problems);
    await createProfile(page, baseUrl);
    // the profile alone, for the script-size runs: each starts from an empty cache and no service worker
    const profileOnly = await context.storageState({ indexedDB: true });

    say(`\n1. Enter to coaching card painted, ${REPLIES_MEASURED} replies (practice, ${SCENARIO}, en)`);
    const replies = await measureReplies(page, baseUrl);
    const toPaint = replies.samples.map((s) => s.toPaint);
    const toDom = replies.samples.map((s) => s.toDom);
    const fromEvent = replies.samples.map((s) => s.fromEvent);
    const misnamed = replies.samples.filter((s) => s.label !== COACHING).length;
    if (misnamed > 0) throw new Error(`${misnamed} coaching cards were not headed "${COACHING}"`);
    say(`  ${replies.samples.length} replies over ${replies.attempts} attempts`);
    say(
      `  to paint: p50 ${percentile(toPaint, 50).toFixed(1)} ms, p95 ${percentile(toPaint, 95).toFixed(1)} ms, ` +
        `max ${Math.max(...toPaint).toFixed(1)} ms`,
    );
    say(`  to DOM:   p50 ${percentile(toDom, 50).toFixed(1)} ms, p95 ${percentile(toDom, 95).toFixed(1)} ms`);
    say(
      `  from the key event's timestamp to paint: p50 ${percentile(fromEvent, 50).toFixed(1)} ms, ` +
        `p95 ${percentile(fromEvent, 95).toFixed(1)} ms`,
    );
    const perReply = REPLIES.map((text, i) => {
      const own = toPaint.filter((_, k) => k % REPLIES.length === i);
      return `    ${median(own).toFixed(1).padStart(6)} ms median  ${text.length.toString().padStart(3)} chars  ${text.slice(0, 60)}`;
    });
    say('  by reply:');
    for (const line of perReply) say(line);
    const first = replies.samples.filter((s) => s.turn === 1).map((s) => s.toPaint);
    const later = replies.samples.filter((s) => s.turn > 1).map((s) => s.toPaint);
    if (first.length > 0 && later.length > 0) {
      say(
        `  first reply after each page load (${first.length}): median ${median(first).toFixed(1)} ms; ` +
          `later replies (${later.length}): p50 ${percentile(later, 50).toFixed(1)} ms, ` +
          `p95 ${percentile(later, 95).toFixed(1)} ms`,
      );
    }
    const slowest = [...replies.samples].sort((a, b) => b.toPaint - a.toPaint).slice(0, 5);
    say(
      `  slowest: ${slowest.map((s) => `${s.toPaint.toFixed(0)} ms (attempt ${s.attempt}, reply ${s.turn})`).join(', ')}`,
    );

    say('\n2. Initial JavaScript before the first conversation can start (empty cache, gzip -9)');
    const catalog = await initialScripts(browser, profileOnly, `${baseUrl}/?lng=en`, async (p) => {
      await p.getByRole('heading', { name: TITLE }).first().waitFor();
    });
    const catalogTotal = describeScripts('catalog /', catalog);
    const play = await initialScripts(
      browser,
      profileOnly,
      `${baseUrl}/play/${SCENARIO}?lng=en`,
      async (p) => {
        const box = p.getByRole('textbox', { name: REPLY_LABEL });
        await box.waitFor();
        await until('the reply box to be enabled', () => box.isEnabled());
      },
      CONVERSATION_READY_MARK,
    );
    const playTotal = describeScripts(`play /play/${SCENARIO}`, play);

    say(`\n3. /progress with ${PROGRESS_ATTEMPTS.toLocaleString('en')} attempts`);
    const progress = await measureProgress(page, baseUrl);
    say(
      `  seeded ${progress.seeded.written} copies of a finished attempt (${kB(progress.seeded.bytes).toFixed(1)} kB ` +
        `as JSON) beside ${progress.seeded.before} real ones: ${progress.seeded.count} attempts`,
    );
    describeLoad(`before seeding, ${progress.seeded.before} attempts`, progress.baseline);
    for (const [i, load] of progress.loads.entries()) describeLoad(`load ${i + 1}`, load);
    say(`  screenshot: ${path.relative(ROOT, path.join(SCREENSHOTS, 'bench-progress-1000.png'))}`);
    await context.close();

    const figures: Figure[] = [
      {
        name: `Enter to coaching card painted, p50 (${toPaint.length} replies)`,
        value: percentile(toPaint, 50),
        unit: 'ms',
        target: 50,
      },
      {
        name: `Enter to coaching card painted, p95 (${toPaint.length} replies)`,
        value: percentile(toPaint, 95),
        unit: 'ms',
        target: 50,
      },
      { name: 'initial JS gzip, catalog /', value: kB(catalogTotal), unit: 'kB', target: 200 },
      { name: `initial JS gzip, /play/${SCENARIO}`, value: kB(playTotal), unit: 'kB', target: 200 },
      {
        name: `/progress painted, ${progress.seeded.count} attempts (median of ${PROGRESS_LOADS})`,
        value: median(progress.loads.map((l) => l.painted ?? Infinity)),
        unit: 'ms',
        target: 500,
      },
    ];
    say('');
    say(figureTable(figures));
    if (problems.length > 0) {
      say('\npage problems seen during the run:');
      for (const problem of problems) say(`  ${problem}`);
    }
    say(`\nran in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } catch (error) {
    console.error('bench:app failed:', error);
    for (const problem of problems) console.error(`  ${problem}`);
    await page
      ?.screenshot({ path: path.join(SCREENSHOTS, 'bench-failed.png'), fullPage: true })
      .then(() =>
        console.error(`  screenshot: ${path.relative(ROOT, path.join(SCREENSHOTS, 'bench-failed.png'))}`),
      )
      .catch(() => undefined);
    await browser?.close().catch(() => undefined);
    await server?.close().catch(() => undefined);
    finish(1);
  }
  await browser?.close().catch(() => undefined);
  await server?.close().catch(() => undefined);
  finish(0);
}

await main();
