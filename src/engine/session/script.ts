import type { CompiledScenario } from '../scenario/compile-scenario.ts';
import {
  PRIORITIES,
  TOOL_ACTIONS,
  type Locale,
  type Priority,
  type ToolActionId,
} from '../scenario/schema.ts';
import { suggest } from '../scenario/suggest.ts';
import { replyReader } from '../scoring/reply-reader.ts';
import { createSession, type Session, type SessionError } from './session.ts';

/** one line of a scripted conversation: a reply, a tool action (`/create_ticket urgent`) or silence (`/wait 60`) */
export type ScriptStep =
  | { type: 'reply'; text: string; line: number }
  | { type: 'action'; action: ToolActionId; priority?: Priority; line: number }
  | { type: 'wait'; seconds: number; line: number };

export interface ScriptIssue {
  line: number;
  code: 'unknown_action' | 'bad_priority' | 'bad_wait' | 'unknown_command';
  message: string;
}

/** seconds a scripted reply takes to arrive after the previous step: reading and typing */
export const SCRIPTED_REPLY_SECONDS = 15;
/** seconds a scripted tool action takes */
export const SCRIPTED_ACTION_SECONDS = 5;

/**
 * Read a script: one reply per line; a line starting with `/` is a tool action (`/send_official_link`,
 * `/create_ticket urgent`) or `/wait 60`; blank lines and lines starting with `#` are skipped.
 */
export function parseScript(text: string): { steps: ScriptStep[]; issues: ScriptIssue[] } {
  const steps: ScriptStep[] = [];
  const issues: ScriptIssue[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const s = raw.trim();
    if (s === '' || s.startsWith('#')) return;
    if (!s.startsWith('/')) {
      steps.push({ type: 'reply', text: s, line });
      return;
    }
    const [command = '', arg, ...rest] = s.slice(1).trim().split(/\s+/);
    if (command === 'wait') {
      const seconds = Number(arg);
      if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 86_400 || rest.length > 0) {
        issues.push({
          line,
          code: 'bad_wait',
          message: `'/wait' needs a number of seconds, like '/wait 60'`,
        });
      } else steps.push({ type: 'wait', seconds, line });
      return;
    }
    if ((TOOL_ACTIONS as readonly string[]).includes(command)) {
      const action = command as ToolActionId;
      if (arg !== undefined && !(PRIORITIES as readonly string[]).includes(arg)) {
        issues.push({
          line,
          code: 'bad_priority',
          message: `unknown priority '${arg}'; use one of ${PRIORITIES.join(', ')}`,
        });
        return;
      }
      steps.push({ type: 'action', action, ...(arg !== undefined && { priority: arg as Priority }), line });
      return;
    }
    const hint = suggest(command, [...TOOL_ACTIONS, 'wait']);
    issues.push({
      line,
      code: 'unknown_action',
      message: `unknown action '/${command}'${hint ? `; did you mean '/${hint}'?` : `; use one of ${TOOL_ACTIONS.map((a) => `/${a}`).join(', ')}, /wait N`}`,
    });
  });
  return { steps, issues };
}

export interface ScriptRun {
  session: Session;
  /** steps that came after the conversation ended, or that the session refused */
  skipped: { step: ScriptStep; reason: SessionError }[];
}

/**
 * Play a script against a scenario on a simulated clock. The run stops at the script's last line: a conversation
 * the script leaves open stays open (`end: null`); add `/wait N` to let the customer's patience run out.
 */
export function runScript(
  compiled: CompiledScenario,
  options: { locale: Locale; seed?: string; replySeconds?: number; actionSeconds?: number },
  steps: readonly ScriptStep[],
): ScriptRun {
  let now = 0;
  const session = createSession(compiled, {
    locale: options.locale,
    ...(options.seed !== undefined && { seed: options.seed }),
    clock: () => now,
    reader: replyReader,
  });
  const skipped: ScriptRun['skipped'] = [];
  const replySeconds = options.replySeconds ?? SCRIPTED_REPLY_SECONDS;
  const actionSeconds = options.actionSeconds ?? SCRIPTED_ACTION_SECONDS;
  for (const step of steps) {
    if (session.state().ended) {
      skipped.push({
        step,
        reason: { code: 'session_ended', message: 'the conversation had already ended' },
      });
      continue;
    }
    if (step.type === 'wait') {
      now += step.seconds * 1000;
      session.tick();
      continue;
    }
    now += (step.type === 'reply' ? replySeconds : actionSeconds) * 1000;
    const result = step.type === 'reply' ? session.reply(step.text) : session.act(step.action, step.priority);
    if (!result.ok) skipped.push({ step, reason: result.error });
  }
  return { session, skipped };
}
