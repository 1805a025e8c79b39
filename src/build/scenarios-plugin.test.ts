// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinScenarios } from './scenarios-plugin.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LOGIN = path.join(ROOT, 'scenarios/login-failure-angry.yaml');
const loginText = readFileSync(LOGIN, 'utf8');

type Transform = (
  this: { error(message: string): never },
  code: string,
  id: string,
) => { code: string } | null;

function transform(code: string, id: string): { code: string } | null {
  const hook = builtinScenarios().transform as Transform;
  const context = {
    error(message: string): never {
      throw new Error(message);
    },
  };
  return hook.call(context, code, id);
}

function exported(result: { code: string } | null): unknown {
  expect(result).not.toBeNull();
  const match = /^export default (.*);\n$/s.exec(result!.code);
  expect(match).not.toBeNull();
  return JSON.parse(match![1]!);
}

describe('the built-in scenarios plugin', () => {
  it('turns a scenario file into its validated scenario, and ?meta into its catalog card', () => {
    const body = exported(transform(loginText, LOGIN)) as { id: string; beats: object };
    expect(body.id).toBe('login-failure-angry');
    expect(Object.keys(body.beats).length).toBeGreaterThan(0);
    const meta = exported(transform(loginText, `${LOGIN}?meta`)) as Record<string, unknown>;
    expect(meta).toMatchObject({ id: 'login-failure-angry', locales: ['en', 'zh-CN', 'zh-TW'] });
    expect(meta).not.toHaveProperty('beats');
  });

  it('leaves other queries, golden transcripts and files outside scenarios/ alone', () => {
    expect(transform(loginText, `${LOGIN}?raw`)).toBeNull();
    expect(transform('agent: []', path.join(ROOT, 'scenarios/login-failure-angry.golden.yaml'))).toBeNull();
    expect(transform(loginText, path.join(ROOT, 'src/other.yaml'))).toBeNull();
  });

  it('fails the build on a broken file, with where and what', () => {
    const broken = loginText.replace(/^difficulty: .*$/m, 'difficulty: nine');
    expect(() => transform(broken, LOGIN)).toThrow(/login-failure-angry\.yaml:\d+:\d+.*difficulty/s);
  });

  it("fails the build when a scenario's id is not its file's name", () => {
    const renamed = path.join(ROOT, 'scenarios/locked-out.yaml');
    expect(() => transform(loginText, renamed)).toThrow(
      /locked-out\.yaml has the id "login-failure-angry": a built-in scenario's id is its file's name/,
    );
  });
});
