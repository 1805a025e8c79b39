import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createDatabase, DATABASE_NAME, db } from './db.ts';

describe('db', () => {
  it('declares the tables and indexes of version 2 (a shipped version is never edited)', async () => {
    const test = createDatabase(`parley-test-${crypto.randomUUID()}`);
    await test.open();
    expect(test.verno).toBe(2);
    const tables = Object.fromEntries(
      test.tables.map((t) => [t.name, [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src)]]),
    );
    expect(tables).toMatchInlineSnapshot(`
      {
        "attemptSummaries": [
          "id",
          "traineeId",
          "[traineeId+status]",
        ],
        "attempts": [
          "id",
          "traineeId",
          "[traineeId+scenarioId]",
          "[traineeId+status]",
          "startedAt",
        ],
        "drafts": [
          "id",
          "traineeId",
        ],
        "scenarios": [
          "id",
          "importedAt",
        ],
        "settings": [
          "key",
        ],
        "trainees": [
          "id",
          "lastActiveAt",
        ],
      }
    `);
    test.close();
  });

  it('keeps the app’s database under its own name, apart from test databases', () => {
    expect(db.name).toBe(DATABASE_NAME);
    expect(createDatabase('other').name).toBe('other');
  });
});
