/**
 * `npm run bench`: replies per second and p50/p99 microseconds per reply of the analyzer against a naive
 * keyword baseline, on the same seeded, generated replies of up to 300 characters, on one core.
 */
import { performance } from 'node:perf_hooks';
import { analyzeReply } from '../analyze-reply.ts';
import { getLexicons } from '../lexicons.ts';
import { generateReplies } from './generate-replies.ts';

const NAIVE_FORBIDDEN = [
  'impossible', 'never', 'not my department', 'rules are rules', 'overreacting', 'nobody else', 'password',
  'code', 'already said', 'whatever', '不可能', '从来没有', '技术部门', '没办法', '太敏感', '别人都', '密码',
  '验证码', '说过了', '等着吧',
];

/** the baseline the issue compares against: question = has '?', forbidden = substring list */
function naiveAnalyze(text: string): { question: boolean; forbidden: string[] } {
  const lower = text.toLowerCase();
  return {
    question: /[?？]/.test(text),
    forbidden: NAIVE_FORBIDDEN.filter((w) => lower.includes(w)),
  };
}

interface Figures {
  name: string;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
}

function measure(name: string, replies: readonly string[], run: (text: string) => unknown): Figures {
  for (const r of replies.slice(0, 3000)) run(r); // warm up: compile every rule the inputs reach, tier up the JIT
  const times = new Float64Array(replies.length);
  const start = performance.now();
  for (let i = 0; i < replies.length; i++) {
    const t = performance.now();
    run(replies[i] as string);
    times[i] = (performance.now() - t) * 1000;
  }
  const total = performance.now() - start;
  times.sort();
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] as number;
  return { name, perSecond: (replies.length / total) * 1000, p50: at(0.5), p99: at(0.99), max: at(1) };
}

function row(cells: (string | number)[]): string {
  return cells.map((c, i) => String(c).padStart(i === 0 ? 0 : 12).padEnd(i === 0 ? 22 : 0)).join('');
}

const COUNT = Number(process.env.BENCH_REPLIES ?? 20_000);
const compileStart = performance.now();
getLexicons('en');
getLexicons('zh');
const compileMs = performance.now() - compileStart;

const replies = generateReplies(COUNT, 20261123);
const lengths = replies.map((r) => r.length);
console.log(
  `${replies.length} generated replies (en and zh, seed 20261123), ${Math.min(...lengths)}-${Math.max(...lengths)} characters, ` +
    `mean ${(lengths.reduce((a, b) => a + b, 0) / lengths.length).toFixed(0)}; lexicons compiled in ${compileMs.toFixed(0)} ms`,
);
const analyzer = measure('analyzer', replies, (t) => analyzeReply(t));
const naive = measure('naive baseline', replies, naiveAnalyze);
console.log(row(['', 'replies/s', 'p50 µs', 'p99 µs', 'max µs']));
for (const f of [analyzer, naive]) {
  console.log(row([f.name, f.perSecond.toFixed(0), f.p50.toFixed(1), f.p99.toFixed(1), f.max.toFixed(0)]));
}
console.log(
  row([
    'ratio (analyzer/naive)',
    `${(naive.perSecond / analyzer.perSecond).toFixed(0)}x slower`,
    `${(analyzer.p50 / naive.p50).toFixed(0)}x`,
    `${(analyzer.p99 / naive.p99).toFixed(0)}x`,
    '',
  ]),
);
console.log(`target: p99 under 1000 µs per reply of up to 300 characters -> ${analyzer.p99 < 1000 ? 'met' : 'NOT met'}`);
