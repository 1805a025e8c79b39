import 'fake-indexeddb/auto';
import { screen, within } from '@testing-library/react';
import { Route, Routes, useParams } from 'react-router';
import { renderAt } from '../../../ui/test-support/render-at.tsx';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../data/db.ts';
import miniYaml from '../../../engine/scenario/fixtures/mini.yaml?raw';
import { compileScenario, parseScenario } from '../../../engine/scenario/index.ts';
import { parseScript, runScript } from '../../../engine/session/index.ts';
import { i18n } from '../../../i18n/i18n.ts';
import { DebriefPage } from '../components/debrief-page.tsx';
import {
  BLAME_EN,
  builtin,
  GOOD_EN,
  GOOD_ZH_CN,
  newTrainee,
  playAndStore,
  PRIVACY_EN,
} from '../../../data/test-support/store-attempt.ts';

function DebriefRoute() {
  const { attemptId = '' } = useParams();
  return <DebriefPage attemptId={attemptId} />;
}

function renderDebrief(attemptId: string) {
  return renderAt(
    `/attempts/${attemptId}`,
    <Routes>
      <Route path="/attempts/:attemptId" element={<DebriefRoute />} />
    </Routes>,
  );
}

const LOGIN = 'login-failure-angry';

// compiling the built-in scenarios and the analyzer's lexicons once takes a few seconds on a cold start
beforeAll(() => {
  const steps = parseScript(GOOD_EN + '\n' + GOOD_ZH_CN).steps;
  runScript(builtin(LOGIN), { locale: 'en' }, steps);
}, 30_000);

// the page reads the app's database, so each test starts from empty tables
beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
  await i18n.changeLanguage('en');
});

afterAll(async () => {
  await i18n.changeLanguage('en');
});

// rendering a whole debrief in jsdom is slow when other suites run alongside
describe('DebriefPage', { timeout: 20_000 }, () => {
  it('shows the end and its note, the overall score, every dimension and the checkpoints of a good attempt', async () => {
    const traineeId = await newTrainee();
    const id = await playAndStore({ traineeId, compiled: builtin(LOGIN), script: GOOD_EN });
    renderDebrief(id);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Locked out and furious' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'How it ended: Resolved' })).toBeInTheDocument();
    expect(screen.getByText(/^The customer is back in\./)).toHaveAttribute('lang', 'en');
    expect(screen.getByText('Overall score').nextElementSibling).toHaveTextContent('100 / 100');
    for (const name of ['Empathy', 'Clarification', 'Compliance', 'Resolution', 'Timeliness']) {
      expect(screen.getByRole('heading', { level: 3, name })).toBeInTheDocument();
    }
    expect(screen.getAllByText('No points lost.').length).toBeGreaterThan(0);
    expect(screen.getByText('Counts for 30 % of the overall score')).toBeInTheDocument();

    const checkpoints = screen.getByRole('region', { name: 'Checkpoints' });
    expect(within(checkpoints).getByText('4 of 4 met.')).toBeInTheDocument();
    expect(within(checkpoints).getByText('Sent the official reset link')).toBeInTheDocument();
    expect(within(checkpoints).getAllByText('Met')).toHaveLength(4);
    expect(screen.queryByRole('heading', { name: /critical/i })).not.toBeInTheDocument();
  });

  it('draws the mood line with a text alternative: a summary and a table', async () => {
    const traineeId = await newTrainee();
    const id = await playAndStore({ traineeId, compiled: builtin(LOGIN), script: GOOD_EN });
    renderDebrief(id);

    const chart = await screen.findByRole('img', { name: /mood over the conversation/ });
    expect(chart.tagName.toLowerCase()).toBe('svg');
    expect(chart).toHaveAttribute('viewBox');
    expect(chart).toHaveAttribute('width', '100%');
    expect(chart).toHaveAccessibleDescription(
      "The customer's mood started at 7 (angry), peaked at 7 (angry) at 0:00 and ended at 1 (calm).",
    );
    const table = screen.getByRole('table', { name: "The customer's mood over time" });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('0:00angry (7/10)');
    expect(rows[rows.length - 1]).toHaveTextContent('calm (1/10)');
  });

  it('annotates the transcript: customer lines, highlighted replies, actions and the end', async () => {
    const traineeId = await newTrainee();
    const id = await playAndStore({ traineeId, compiled: builtin(LOGIN), script: GOOD_EN });
    renderDebrief(id);

    const transcript = await screen.findByRole('region', { name: 'Annotated transcript' });
    expect(within(transcript).getAllByText('Jordan').length).toBeGreaterThan(0);
    expect(within(transcript).getByText('You, reply 1')).toBeInTheDocument();
    expect(within(transcript).getByText(/You: Send the official link/)).toBeInTheDocument();
    expect(within(transcript).getByText(/The conversation ended: Resolved/)).toBeInTheDocument();
    const firstReply = within(transcript).getAllByTestId('highlighted-reply')[0];
    expect(firstReply?.querySelector('mark.hl--apology, mark.hl--empathy')).not.toBeNull();
    expect(within(transcript).getAllByRole('list', { name: 'What this reply did' })).toHaveLength(4);
  });

  it('names each deduction, links it to the reply, and shows the forbidden phrase with its better phrasing', async () => {
    const traineeId = await newTrainee();
    const id = await playAndStore({ traineeId, compiled: builtin(LOGIN), script: BLAME_EN, mode: 'exam' });
    renderDebrief(id);

    const compliance = await screen.findByRole('list', { name: 'Points lost in Compliance' });
    const blame = within(compliance).getByText('Shifting the blame.').closest('li');
    expect(blame).not.toBeNull();
    expect(within(blame as HTMLElement).getByText('−20')).toBeInTheDocument();
    const link = within(blame as HTMLElement).getByRole('link', { name: 'Reply 2' });
    const target = document.getElementById(link.getAttribute('href')?.slice(1) ?? '');
    expect(target).toHaveTextContent('You, reply 2');
    expect(target).toHaveTextContent(/this problem, it's not my department/);

    const hits = within(target as HTMLElement).getByRole('list', { name: 'Forbidden phrases in this reply' });
    expect(within(hits).getByText('Avoid (Blame-shifting):')).toBeInTheDocument();
    expect(within(hits).getByText('not my department')).toBeInTheDocument();
    expect(within(hits).getAllByText(/^Own the next step/)).toHaveLength(1);
    const marked = within(target as HTMLElement)
      .getByTestId('highlighted-reply')
      .querySelectorAll('mark.hl--forbidden');
    expect([...marked].map((m) => m.textContent)).toContain('not my department');

    expect(screen.getByText('Missed checkpoint: Sent the official reset link.')).toBeInTheDocument();
    const checkpoints = screen.getByRole('region', { name: 'Checkpoints' });
    expect(within(checkpoints).getAllByText('Missed').length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { name: 'How it ended: Customer left' })).toBeInTheDocument();
  });

  it('shows an exam attempt the same debrief, and "Try again" keeps the mode', async () => {
    const traineeId = await newTrainee();
    const id = await playAndStore({ traineeId, compiled: builtin(LOGIN), script: BLAME_EN, mode: 'exam' });
    renderDebrief(id);

    expect(await screen.findByRole('link', { name: 'Try again' })).toHaveAttribute(
      'href',
      '/play/login-failure-angry?mode=exam',
    );
    expect(screen.getByText('Exam')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Annotated transcript' })).toBeInTheDocument();
  });

  it('names a privacy violation first, before the capped overall score', async () => {
    const traineeId = await newTrainee();
    const id = await playAndStore({ traineeId, compiled: builtin(LOGIN), script: PRIVACY_EN });
    renderDebrief(id);

    const critical = await screen.findByRole('heading', { name: 'Critical issue' });
    const overall = screen.getByText('Overall score');
    expect(critical.compareDocumentPosition(overall) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const section = screen.getByRole('region', { name: 'Critical issue' });
    expect(
      within(section).getByText(/Asked the customer for a password or verification code/),
    ).toBeInTheDocument();
    expect(within(section).getByRole('link', { name: 'Reply 1' })).toHaveAttribute(
      'href',
      '#debrief-entry-1',
    );
    expect(screen.getByText('40 / 100')).toBeInTheDocument();
    expect(
      screen.getByText('Capped at 40 because of the critical issue; 48 without it.'),
    ).toBeInTheDocument();
  });

  it('offers "Try again" and a next scenario other than this one', async () => {
    const traineeId = await newTrainee();
    const id = await playAndStore({ traineeId, compiled: builtin(LOGIN), script: GOOD_EN });
    renderDebrief(id);

    expect(await screen.findByRole('link', { name: 'Try again' })).toHaveAttribute(
      'href',
      '/play/login-failure-angry?mode=practice',
    );
    const next = await screen.findByRole('link', { name: /^Next suggested scenario: / });
    expect(next.getAttribute('href')).toMatch(/^\/play\//);
    expect(next.getAttribute('href')).not.toBe('/play/login-failure-angry');
    expect(screen.getByRole('link', { name: 'All your attempts' })).toHaveAttribute('href', '/progress');
  });

  it('shows the end note in the language the attempt was played in, around an interface in another', async () => {
    const traineeId = await newTrainee();
    const id = await playAndStore({
      traineeId,
      compiled: builtin(LOGIN),
      script: GOOD_ZH_CN,
      locale: 'zh-CN',
    });
    renderDebrief(id);

    expect(await screen.findByRole('heading', { name: 'How it ended: Resolved' })).toBeInTheDocument();
    expect(screen.getByText(/^用户已恢复登录/)).toHaveAttribute('lang', 'zh-CN');
    expect(screen.getAllByText('王先生').length).toBeGreaterThan(0);
  });

  it('speaks the interface language', async () => {
    const traineeId = await newTrainee();
    const id = await playAndStore({ traineeId, compiled: builtin(LOGIN), script: BLAME_EN });
    await i18n.changeLanguage('zh-TW');
    renderDebrief(id);

    expect(await screen.findByRole('heading', { level: 1, name: '登入不了的憤怒用戶' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '各面向得分' })).toBeInTheDocument();
    expect(screen.getByText('推卸責任。')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '再練一次' })).toBeInTheDocument();
  });

  it('still shows the stored transcript and scorecard when the scenario is gone from the device', async () => {
    const parsed = parseScenario(miniYaml);
    if (!parsed.ok) throw new Error('mini fixture is invalid');
    const traineeId = await newTrainee();
    const id = await playAndStore({
      traineeId,
      compiled: compileScenario(parsed.scenario),
      script: "I'm so sorry you're locked out. What error do you see?",
    });
    renderDebrief(id);

    expect(await screen.findByText(/is no longer on this device/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'mini-login' })).toBeInTheDocument();
    expect(screen.getByText('Overall score')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Annotated transcript' })).toHaveTextContent(
      "I'm so sorry you're locked out. What error do you see?",
    );
    expect(screen.queryByRole('link', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('sends an unfinished attempt back to the conversation', async () => {
    const traineeId = await newTrainee();
    const id = await playAndStore({
      traineeId,
      compiled: builtin(LOGIN),
      script: 'Which device are you on?',
      finish: false,
    });
    renderDebrief(id);

    expect(
      await screen.findByRole('heading', { name: 'This conversation is not finished yet' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Resume the conversation' })).toHaveAttribute(
      'href',
      '/play/login-failure-angry',
    );
  });

  it.each([
    ['an unknown attempt', '5d0c7b0e-3f7a-4d43-9a55-0f1f0f6e2a11'],
    ['an address that is no attempt id', 'not-an-id'],
  ])('says plainly when there is no such attempt: %s', async (_what, id) => {
    renderDebrief(id);
    expect(await screen.findByRole('heading', { name: 'Attempt not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See all your attempts' })).toHaveAttribute('href', '/progress');
  });

  it('says plainly when the stored attempt is damaged', async () => {
    const traineeId = await newTrainee();
    const id = await playAndStore({ traineeId, compiled: builtin(LOGIN), script: GOOD_EN });
    await db.attempts.update(id, { overall: 'lots' as unknown as number });
    renderDebrief(id);

    expect(await screen.findByRole('heading', { name: 'This attempt cannot be shown' })).toBeInTheDocument();
    expect(screen.getByText(/damaged/)).toBeInTheDocument();
  });
});
