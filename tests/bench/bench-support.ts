// helpers for the app benchmark: figures, the table, and the code that runs inside the page
import { gzipSync } from 'node:zlib';

export interface Figure {
  name: string;
  /** the measured value in `unit`; null when it could not be measured */
  value: number | null;
  unit: 'ms' | 'kB';
  /** met when value < target */
  target: number;
}

/** nearest-rank percentile of the values (p in 0-100) */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] as number;
}

export const median = (values: readonly number[]) => percentile(values, 50);

/** gzip size at level 9, independent of how the server compresses */
export const gzipBytes = (body: Buffer) => gzipSync(body, { level: 9 }).length;

/** kilobytes as Vite's build report counts them: 1 kB = 1,000 bytes */
export const kB = (bytes: number) => bytes / 1000;

const show = (value: number, unit: Figure['unit']) =>
  unit === 'ms' ? `${value.toFixed(1)} ms` : `${value.toFixed(1)} kB`;

/** figure, value, target, met / NOT met, in aligned columns */
export function figureTable(figures: readonly Figure[]): string {
  const rows = [
    ['figure', 'value', 'target', ''],
    ...figures.map((f) => [
      f.name,
      f.value === null ? 'n/a' : show(f.value, f.unit),
      `< ${show(f.target, f.unit)}`,
      f.value === null ? 'NOT measured' : f.value < f.target ? 'met' : 'NOT met',
    ]),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) =>
    r
      .map((cell, c) => (c === 1 || c === 2 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd();
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/*
 * The code below runs in the page. It is plain JavaScript in strings, not functions handed to playwright:
 * tsx compiles functions with esbuild's keepNames, whose `__name` helper does not exist in the page.
 */

/**
 * Installed before any page script on every navigation. Keeps its findings on `window.__parleyBench`:
 * - `replies`: for each Enter in a reply box, the time until the new coaching card was in the DOM (`toDom`) and
 *   until the next paint after it (`toPaint`, a requestAnimationFrame then a task), from `performance.now()` in a
 *   capture-phase keydown listener on the document (so before React sees the key); `fromEvent` counts from the
 *   event's own timestamp instead, which adds the time the key spent in the browser's input queue
 * - `progress`: on /progress, the time from navigation start until the heading "Your progress" and the attempt
 *   list's last row were in the DOM (`dom`) and painted (`painted`), with the number of rows, and when the page's
 *   loading line first showed (`loading`)
 */
export const PAGE_PROBE = `(() => {
  const bench = { enterAt: null, enterStamp: null, replies: [], progress: null, progressLoading: null };
  window.__parleyBench = bench;
  const afterPaint = (callback) => requestAnimationFrame(() => setTimeout(callback, 0));
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.shiftKey || !(event.target instanceof HTMLTextAreaElement)) return;
    bench.enterAt = performance.now();
    bench.enterStamp = event.timeStamp;
  }, true);
  const cardIn = (node) => {
    if (node.nodeType !== 1) return null;
    if (node.matches('aside.coaching-card')) return node;
    return node.querySelector('aside.coaching-card');
  };
  const noteCard = (records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        const card = cardIn(node);
        if (!card) continue;
        const start = bench.enterAt;
        const stamp = bench.enterStamp;
        bench.enterAt = null;
        const inDom = performance.now();
        const heading = card.querySelector('.coaching-card__heading');
        const label = heading ? heading.textContent : '';
        afterPaint(() => {
          const painted = performance.now();
          bench.replies.push({ toDom: inDom - start, toPaint: painted - start, fromEvent: painted - stamp, label });
        });
        return;
      }
    }
  };
  const noteProgress = () => {
    if (bench.progressLoading === null && document.querySelector('.progress__loading')) {
      bench.progressLoading = performance.now();
    }
    const heading = document.querySelector('h1');
    const list = document.querySelector('ol.attempts');
    if (!heading || heading.textContent !== 'Your progress' || !list || !list.lastElementChild) return;
    const progress = { loading: bench.progressLoading, dom: performance.now(), painted: null, rows: list.children.length };
    bench.progress = progress;
    afterPaint(() => { progress.painted = performance.now(); });
  };
  new MutationObserver((records) => {
    if (bench.enterAt !== null) noteCard(records);
    if (bench.progress === null && location.pathname === '/progress') noteProgress();
  }).observe(document, { childList: true, subtree: true });
})();`;

export interface ReplySample {
  toDom: number;
  toPaint: number;
  fromEvent: number;
  label: string;
}

export interface ProgressSample {
  /** when the page's loading line first showed: the route's code ran and asked for the attempts */
  loading: number | null;
  dom: number;
  painted: number | null;
  rows: number;
}

export const REPLY_SAMPLES = `window.__parleyBench ? window.__parleyBench.replies : []`;
export const PROGRESS_SAMPLE = `window.__parleyBench ? window.__parleyBench.progress : null`;

/**
 * Runs in an app page once the trainee has at least one finished attempt: copies it with new ids, spread over
 * weeks and with varied scores, until the current trainee has `total` attempts, in one transaction through the
 * raw IndexedDB API (the app's data layer is not reachable in the built app). Each copy gets the summary row the
 * app writes beside an attempt (src/data/attempt-summary.ts); the summary is worked out here the same way, and
 * the seeding stops if that gives anything but the app's own summary of the template attempt. Returns what it
 * found and wrote.
 */
export function seedAttempts(total: number): string {
  return `(async () => {
  const total = ${JSON.stringify(total)};
  const done = (request) => new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  // what summarizeAttempt makes of an attempt row
  const summarize = (a) => {
    const forbidden = {};
    for (const e of a.transcript) {
      if (e.kind !== 'agent') continue;
      for (const hit of e.analysis.forbidden) forbidden[hit.category] = (forbidden[hit.category] || 0) + 1;
    }
    const last = a.transcript[a.transcript.length - 1];
    const summary = {
      id: a.id, traineeId: a.traineeId, scenarioId: a.scenarioId, scenarioVersion: a.scenarioVersion,
      locale: a.locale, mode: a.mode, status: a.status, startedAt: a.startedAt, updatedAt: a.updatedAt,
      forbidden, duration: last ? last.at : 0,
    };
    if (a.finishedAt !== undefined) summary.finishedAt = a.finishedAt;
    if (a.outcome !== undefined) summary.outcome = a.outcome;
    if (a.scorecard) {
      summary.scores = {};
      for (const [d, s] of Object.entries(a.scorecard.dimensions)) if (s.weight > 0) summary.scores[d] = s.score;
    }
    const overall = a.scorecard ? a.scorecard.overall : a.overall;
    if (overall !== undefined) summary.overall = overall;
    return summary;
  };
  const sorted = (value) => JSON.stringify(value, (_, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v);
  const opening = indexedDB.open('parley');
  const db = await done(opening);
  try {
    if (!db.objectStoreNames.contains('attemptSummaries')) throw new Error('the parley database has no attemptSummaries');
    const read = db.transaction(['settings', 'attempts', 'attemptSummaries'], 'readonly');
    const setting = await done(read.objectStore('settings').get('currentTraineeId'));
    const traineeId = setting && setting.value;
    if (!traineeId) throw new Error('no current trainee in the parley database');
    const mine = await done(read.objectStore('attempts').index('traineeId').getAll(traineeId));
    const template = mine.find((a) => a.status === 'finished' && a.scorecard);
    if (!template) throw new Error('the trainee has no finished attempt to copy (' + mine.length + ' attempts)');
    const appSummary = await done(read.objectStore('attemptSummaries').get(template.id));
    if (sorted(summarize(template)) !== sorted(appSummary)) {
      throw new Error('the bench would not write the summary the app writes: ' + sorted(summarize(template)) + ' vs ' + sorted(appSummary));
    }
    const missing = Math.max(0, total - mine.length);
    const outcomes = ['resolved', 'resolved', 'customer_left', 'failed', 'escalated'];
    const dimensions = Object.keys(template.scorecard.dimensions);
    const hour = 60 * 60 * 1000;
    const now = Date.now();
    const write = db.transaction(['attempts', 'attemptSummaries'], 'readwrite');
    const store = write.objectStore('attempts');
    const summaries = write.objectStore('attemptSummaries');
    for (let i = 0; i < missing; i += 1) {
      const copy = structuredClone(template);
      // oldest first, about 3.4 hours apart: 1,000 attempts cover some twenty weeks
      const startedAt = now - (missing - i) * 3.4 * hour - 60 * 60 * 1000;
      const duration = (3 + (i % 13)) * 60 * 1000;
      const overall = 20 + ((i * 37) % 76);
      copy.id = crypto.randomUUID();
      copy.mode = i % 9 === 0 ? 'exam' : 'practice';
      copy.seed = crypto.randomUUID();
      copy.startedAt = startedAt;
      copy.finishedAt = startedAt + duration;
      copy.updatedAt = startedAt + duration;
      copy.overall = overall;
      copy.outcome = outcomes[i % outcomes.length];
      copy.scorecard.overall = overall;
      copy.scorecard.outcome = copy.outcome;
      copy.scorecard.duration = duration;
      dimensions.forEach((d, k) => {
        copy.scorecard.dimensions[d].score = Math.max(0, Math.min(100, overall - 25 + ((i * (k + 3) * 17) % 51)));
      });
      store.put(copy);
      summaries.put(summarize(copy));
    }
    await new Promise((resolve, reject) => {
      write.oncomplete = () => resolve(undefined);
      write.onerror = () => reject(write.error);
      write.onabort = () => reject(write.error || new Error('seeding aborted'));
    });
    const after = db.transaction(['attempts', 'attemptSummaries'], 'readonly');
    const count = await done(after.objectStore('attempts').index('traineeId').count(traineeId));
    const summarized = await done(after.objectStore('attemptSummaries').index('traineeId').count(traineeId));
    if (summarized !== count) throw new Error(count + ' attempts but ' + summarized + ' summaries');
    return { before: mine.length, written: missing, count, bytes: JSON.stringify(template).length };
  } finally {
    db.close();
  }
})()`;
}

export interface SeedResult {
  before: number;
  written: number;
  count: number;
  /** the size of one attempt row as JSON */
  bytes: number;
}
