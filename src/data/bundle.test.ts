import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { finishAttempt, listAttempts, saveProgress, startAttempt } from './attempt-repository.ts';
import {
  BUNDLE_FORMAT,
  exportTraineeBundle,
  importTraineeBundle,
  MAX_BUNDLE_BYTES,
  type TraineeBundle,
} from './bundle.ts';
import type { ParleyDb } from './db.ts';
import type { Attempt, Trainee } from './entities.ts';
import { freshDb } from './test-support/fresh-db.ts';
import { MINI_ID, playMiniToEnd, startMini } from './test-support/play-mini.ts';
import { createTrainee, getTrainee, listTrainees } from './trainee-repository.ts';

let phone: ParleyDb;
let laptop: ParleyDb;
let ann: Trainee;

beforeEach(async () => {
  phone = freshDb();
  laptop = freshDb();
  const t = await createTrainee('Ann Lee', { db: phone, now: 1_000 });
  if (!t.ok) throw new Error(t.error.code);
  ann = t.value;
});

const base = {
  scenarioId: MINI_ID,
  scenarioVersion: 1,
  locale: 'en',
  mode: 'practice',
  seed: 'seed-1',
} as const;

/** one finished and one unfinished attempt on the phone */
async function practise(): Promise<{ finished: Attempt; unfinished: Attempt }> {
  const played = playMiniToEnd();
  const a = await startAttempt({ ...base, traineeId: ann.id }, { db: phone, now: 2_000 });
  if (!a.ok) throw new Error('start');
  await finishAttempt(a.value.id, played.scorecard, played.session, { db: phone, now: 3_000 });
  const b = await startAttempt(
    { ...base, scenarioId: 'other', traineeId: ann.id, progress: startMini().session },
    { db: phone, now: 4_000 },
  );
  if (!b.ok) throw new Error('start');
  const [finished] = (await listAttempts(ann.id, { db: phone })).rows.filter((x) => x.status === 'finished');
  if (!finished) throw new Error('finish');
  return { finished, unfinished: b.value };
}

async function exportAnn(): Promise<{ json: string; bundle: TraineeBundle }> {
  const result = await exportTraineeBundle(ann.id, { db: phone, now: Date.UTC(2026, 2, 1) });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe('exportTraineeBundle', () => {
  it('writes the profile and every attempt as versioned JSON with a file name', async () => {
    await practise();
    const result = await exportTraineeBundle(ann.id, { db: phone, now: Date.UTC(2026, 2, 1) });
    expect(result).toMatchObject({
      ok: true,
      value: {
        fileName: 'parley-ann-lee-2026-03-01.json',
        issues: [],
        bundle: {
          format: BUNDLE_FORMAT,
          version: 1,
          exportedAt: Date.UTC(2026, 2, 1),
          trainee: { ...ann, lastActiveAt: 4_000 },
        },
      },
    });
    if (!result.ok) return;
    expect(result.value.bundle.attempts.map((a) => a.status)).toEqual(['finished', 'in_progress']);
    expect(JSON.parse(result.value.json)).toEqual(result.value.bundle);
  });

  it('says when the trainee does not exist', async () => {
    const result = await exportTraineeBundle(crypto.randomUUID() as Trainee['id'], { db: phone });
    expect(result).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid_row', params: { table: 'trainees' } }],
    });
  });
});

describe('importTraineeBundle', () => {
  it('round-trips a trainee and their attempts to another device', async () => {
    await practise();
    const { json, bundle } = await exportAnn();
    const result = await importTraineeBundle(json, { db: laptop });
    expect(result).toEqual({
      ok: true,
      value: {
        traineeId: ann.id,
        traineeName: 'Ann Lee',
        traineeCreated: true,
        added: 2,
        updated: 0,
        unchanged: 0,
        issues: [],
      },
    });
    expect(await getTrainee(ann.id, { db: laptop })).toEqual({ ok: true, row: bundle.trainee });
    const onLaptop = await listAttempts(ann.id, { db: laptop });
    expect(onLaptop.rows).toEqual([...bundle.attempts].reverse());
  });

  it('reads a bundle from a file', async () => {
    await practise();
    const { json } = await exportAnn();
    const file = new Blob([json], { type: 'application/json' });
    expect(await importTraineeBundle(file, { db: laptop })).toMatchObject({ ok: true, value: { added: 2 } });
  });

  it('merges by attempt id: importing twice adds nothing, and a later state replaces an earlier one', async () => {
    const { unfinished } = await practise();
    const { json: early } = await exportAnn();
    await importTraineeBundle(early, { db: laptop });
    expect(await importTraineeBundle(early, { db: laptop })).toMatchObject({
      ok: true,
      value: { traineeCreated: false, added: 0, updated: 0, unchanged: 2 },
    });

    // the trainee plays on on the phone, then brings the newer bundle
    const played = startMini();
    played.advance(5);
    played.session.reply('ok');
    await saveProgress(unfinished.id, played.session, { db: phone, now: 9_000 });
    const { json: later } = await exportAnn();
    expect(await importTraineeBundle(later, { db: laptop })).toMatchObject({
      ok: true,
      value: { added: 0, updated: 1, unchanged: 1 },
    });
    // and the older bundle again changes nothing back
    expect(await importTraineeBundle(early, { db: laptop })).toMatchObject({
      ok: true,
      value: { updated: 0, unchanged: 2 },
    });
    expect((await laptop.attempts.get(unfinished.id))?.updatedAt).toBe(9_000);
    expect(await laptop.attempts.count()).toBe(2);
  });

  it('counts an attempt listed twice in one bundle once, in its later state', async () => {
    const { finished } = await practise();
    const { bundle } = await exportAnn();
    const older: Attempt = { ...finished, status: 'in_progress', updatedAt: 1 };
    const doubled = { ...bundle, attempts: [older, ...bundle.attempts, finished] };
    const result = await importTraineeBundle(JSON.stringify(doubled), { db: laptop });
    expect(result).toMatchObject({ ok: true, value: { added: 2 } });
    expect((await laptop.attempts.get(finished.id))?.status).toBe('finished');
  });

  it('keeps the name a trainee already has on this device and the earliest creation time', async () => {
    await importTraineeBundle((await exportAnn()).json, { db: laptop });
    await laptop.trainees.update(ann.id, { name: 'Annie', createdAt: 500 });
    const result = await importTraineeBundle((await exportAnn()).json, { db: laptop });
    expect(result).toMatchObject({ ok: true, value: { traineeName: 'Annie', traineeCreated: false } });
    expect((await listTrainees({ db: laptop })).rows).toEqual([{ ...ann, name: 'Annie', createdAt: 500 }]);
  });

  it('refuses bad bundles with a clear code and saves nothing', async () => {
    await practise();
    const { bundle } = await exportAnn();
    const attempt = bundle.attempts[0] as Attempt;
    const inputs: [string, string][] = [
      ['not JSON', '{"format": "parley.trainee-bundle",'],
      ['another file', JSON.stringify({ hello: 'world' })],
      ['a newer version', JSON.stringify({ ...bundle, version: 2 })],
      [
        'wrong shape',
        JSON.stringify({
          ...bundle,
          trainee: { ...bundle.trainee, name: '' },
          attempts: [{ ...attempt, mode: 'duel' }],
        }),
      ],
      [
        'someone else’s attempt',
        JSON.stringify({ ...bundle, attempts: [{ ...attempt, traineeId: crypto.randomUUID() }] }),
      ],
    ];
    const results = [];
    for (const [label, text] of inputs) {
      const result = await importTraineeBundle(text, { db: laptop });
      results.push([
        label,
        result.ok ? 'ok' : result.issues.map((i) => `${i.code} at ${i.path.join('.') || '-'}`),
      ]);
    }
    expect(results).toMatchInlineSnapshot(`
      [
        [
          "not JSON",
          [
            "bundle_not_json at -",
          ],
        ],
        [
          "another file",
          [
            "bundle_wrong_format at -",
          ],
        ],
        [
          "a newer version",
          [
            "bundle_unsupported_version at version",
          ],
        ],
        [
          "wrong shape",
          [
            "bundle_invalid at trainee.name",
            "bundle_invalid at attempts.0.mode",
          ],
        ],
        [
          "someone else’s attempt",
          [
            "bundle_attempt_of_other_trainee at attempts.0.traineeId",
          ],
        ],
      ]
    `);
    expect(await laptop.trainees.count()).toBe(0);
    expect(await laptop.attempts.count()).toBe(0);
  });

  it('says why a newer bundle cannot be read', async () => {
    const { bundle } = await exportAnn();
    const result = await importTraineeBundle(JSON.stringify({ ...bundle, version: 3 }), { db: laptop });
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          code: 'bundle_unsupported_version',
          severity: 'error',
          path: ['version'],
          message: 'bundle version 3 is not supported (this app reads version 1); update Parley to import it',
          params: { version: 3, supported: 1 },
        },
      ],
    });
  });

  it('refuses a file over 20 MB before reading it', async () => {
    const big = new Blob([new Uint8Array(MAX_BUNDLE_BYTES + 1)]);
    expect(await importTraineeBundle(big, { db: laptop })).toMatchObject({
      ok: false,
      issues: [{ code: 'bundle_too_large', params: { size: MAX_BUNDLE_BYTES + 1, max: MAX_BUNDLE_BYTES } }],
    });
    // text counts in UTF-8 bytes: 7 million CJK characters are 21 MB
    const text = `{"x":"${'中'.repeat(7_000_000)}"}`;
    expect(await importTraineeBundle(text, { db: laptop })).toMatchObject({
      ok: false,
      issues: [{ code: 'bundle_too_large' }],
    });
  });

  it('leaves out an attempt whose id this device holds for another trainee, with a warning', async () => {
    const { finished } = await practise();
    const bo = await createTrainee('Bo', { db: laptop, now: 1 });
    if (!bo.ok) return;
    await laptop.attempts.put({ ...finished, traineeId: bo.value.id });
    const result = await importTraineeBundle((await exportAnn()).json, { db: laptop });
    expect(result).toMatchObject({
      ok: true,
      value: {
        added: 1,
        issues: [{ code: 'bundle_attempt_conflict', severity: 'warning', params: { id: finished.id } }],
      },
    });
    expect((await laptop.attempts.get(finished.id))?.traineeId).toBe(bo.value.id);
  });
});
