import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileScenario } from '../../engine/scenario/compile-scenario.ts';
import { parseScenario } from '../../engine/scenario/parse-scenario.ts';
import { createPaint } from '../terminal-text.ts';
import { createInteractivePlay } from './interactive-play.ts';

const MINI = fileURLToPath(new URL('../../engine/scenario/fixtures/mini.yaml', import.meta.url));

function miniPlay() {
  const parsed = parseScenario(readFileSync(MINI, 'utf8'));
  if (!parsed.ok) throw new Error(`mini.yaml does not parse: ${JSON.stringify(parsed.issues)}`);
  let now = 1_000;
  const play = createInteractivePlay({
    compiled: compileScenario(parsed.scenario),
    locale: 'en',
    clock: () => now,
    paint: createPaint(false),
    width: 100,
  });
  return { play, advance: (seconds: number) => (now += seconds * 1000) };
}

describe('createInteractivePlay', () => {
  it('opens with the title, the first line, the mood and the actions on offer', () => {
    const { play } = miniPlay();
    const out = play.start().join('\n');
    expect(out).toContain('Locked out');
    expect(out).toMatch(/0:00 {2}Sam {5}I can't log in and nobody helps!/);
    expect(out).toContain('mood 7/10 · turn 0 · actions: /send_official_link /create_ticket');
  });

  it('lets silence nudge the customer as the real clock runs, and /wait move it on', () => {
    const { play, advance } = miniPlay();
    play.start();
    advance(10);
    expect(play.tick()).toEqual({ output: [], done: false });
    advance(25);
    const nudge = play.tick();
    expect(nudge.done).toBe(false);
    expect(nudge.output.join('\n')).toContain('Hello? Anyone there?');
    expect(nudge.output.join('\n')).toContain('mood 7 → 8');
    // the next silence is the customer's patience (120 s): /wait gets there without waiting
    const left = play.handleLine('/wait 200');
    expect(left.done).toBe(true);
    expect(left.output.join('\n')).toMatch(/End: the customer left — the customer ran out of patience/);
    expect(left.output.join('\n')).toContain('Score ');
  });

  it('plays replies and actions, refuses what the beat does not offer, and ends with the scorecard', () => {
    const { play, advance } = miniPlay();
    play.start();
    advance(10);
    const warm = play.handleLine("I'm so sorry! What do you see when you try to log in?");
    expect(warm.output.join('\n')).toContain("It says wrong password, but it's right.");
    // the user just typed the reply: it is not printed again
    expect(warm.output.join('\n')).not.toContain("I'm so sorry!");
    expect(play.handleLine('/refund').output).toEqual([
      "'refund' is not available here; available: send_official_link, create_ticket",
      'mood 5/10 · turn 1 · actions: /send_official_link /create_ticket',
    ]);
    expect(play.handleLine('/teleport').output[0]).toMatch(/^unknown action '\/teleport'/);
    expect(play.handleLine('   ')).toEqual({ output: [], done: false });
    expect(play.handleLine('/help').output[0]).toMatch(/^Commands:/);
    play.handleLine('/send_official_link');
    const done = play.handleLine(
      "The reset link is on its way; it takes about 5 minutes and I'll follow up with you.",
    );
    expect(done.done).toBe(true);
    const out = done.output.join('\n');
    expect(out).toContain('End: resolved');
    expect(out).toContain('Well done.');
    expect(out).toMatch(/Score \d+\/100 {2}\(resolved\)/);
    expect(out).toContain('✓ Sent the official link (link)');
    expect(play.handleLine('more')).toEqual({ output: [], done: true });
  });

  it('scores what happened so far on /quit', () => {
    const { play } = miniPlay();
    play.start();
    const quit = play.handleLine('/quit');
    expect(quit.done).toBe(true);
    expect(quit.output.join('\n')).toContain('Stopped before the end.');
    expect(quit.output.join('\n')).toContain('Score 0/100  (not finished)');
    expect(play.stop()).toEqual([]);
  });
});
