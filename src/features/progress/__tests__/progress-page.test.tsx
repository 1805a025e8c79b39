import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { renderAt } from '../../../ui/test-support/render-at.tsx';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getAttempt, startAttempt } from '../../../data/attempt-repository.ts';
import { summarizeAttempt } from '../../../data/attempt-summary.ts';
import { db } from '../../../data/db.ts';
import { newAttemptId, type AttemptId, type TraineeId } from '../../../data/ids.ts';
import { setSetting } from '../../../data/settings-repository.ts';
import { parseScript, runScript } from '../../../engine/session/index.ts';
import { i18n } from '../../../i18n/i18n.ts';
import { PAGE_SIZE } from '../components/attempt-list.tsx';
import { ProgressPage } from '../components/progress-page.tsx';
import {
  BLAME_EN,
  builtin,
  COLD_EN,
  GOOD_EN,
  newTrainee,
  playAndStore,
} from '../../../data/test-support/store-attempt.ts';

function renderProgress() {
  return renderAt(
    '/progress',
    <Routes>
      <Route path="/progress" element={<ProgressPage />} />
    </Routes>,
  );
}

const LOGIN = 'login-failure-angry';
const DAY = 24 * 60 * 60 * 1000;
const START = Date.UTC(2025, 4, 1, 9);

async function currentTrainee(name = 'Ana'): Promise<TraineeId> {
  const id = await newTrainee(name);
  await setSetting('currentTraineeId', id);
  return id;
}

/** three finished attempts on three days and an unfinished one on the fourth */
async function history(traineeId: TraineeId) {
  const compiled = builtin(LOGIN);
  const good = await playAndStore({ traineeId, compiled, script: GOOD_EN, now: START });
  const cold = await playAndStore({ traineeId, compiled, script: COLD_EN, now: START + DAY });
  const blame = await playAndStore({
    traineeId,
    compiled,
    script: BLAME_EN,
    mode: 'exam',
    now: START + 2 * DAY,
  });
  const open = await playAndStore({
    traineeId,
    compiled,
    script: 'Which device are you on?',
    now: START + 3 * DAY,
    finish: false,
  });
  return { good, cold, blame, open };
}

function attemptItems(): HTMLElement[] {
  const section = screen.getByRole('region', { name: 'All attempts' });
  return within(within(section).getAllByRole('list')[0] as HTMLElement).getAllByRole('listitem');
}

function debriefHref(id: AttemptId): string {
  return `/attempts/${id}`;
}

beforeAll(() => {
  runScript(builtin(LOGIN), { locale: 'en' }, parseScript(GOOD_EN).steps);
}, 30_000);

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
  await i18n.changeLanguage('en');
});

afterAll(async () => {
  await i18n.changeLanguage('en');
});

describe('ProgressPage', { timeout: 20_000 }, () => {
  it('lists every attempt newest first, with its debrief link, outcome, score, and a resume link when unfinished', async () => {
    const traineeId = await currentTrainee();
    const ids = await history(traineeId);
    renderProgress();

    await screen.findByRole('heading', { level: 1, name: 'Your progress' });
    expect(screen.getByText('Practising as Ana')).toBeInTheDocument();
    const items = attemptItems();
    expect(items).toHaveLength(4);
    const [open, blame, cold, good] = items as [HTMLElement, HTMLElement, HTMLElement, HTMLElement];

    expect(within(open).getByRole('link', { name: 'Locked out and furious' })).toHaveAttribute(
      'href',
      debriefHref(ids.open),
    );
    expect(within(open).getByText('In progress')).toBeInTheDocument();
    expect(within(open).getByRole('link', { name: 'Resume' })).toHaveAttribute(
      'href',
      '/play/login-failure-angry',
    );

    expect(within(blame).getByRole('link', { name: 'Locked out and furious' })).toHaveAttribute(
      'href',
      debriefHref(ids.blame),
    );
    expect(within(blame).getByText(/^Exam ·/)).toBeInTheDocument();
    expect(within(blame).getByText('Customer left')).toBeInTheDocument();
    expect(within(blame).getByText('30 / 100')).toBeInTheDocument();

    expect(within(cold).getByRole('link')).toHaveAttribute('href', debriefHref(ids.cold));
    expect(within(good).getByRole('link')).toHaveAttribute('href', debriefHref(ids.good));
    expect(within(good).getByText(/^Practice ·/)).toBeInTheDocument();
    expect(within(good).getByText('Resolved')).toBeInTheDocument();
    expect(within(good).getByText('100 / 100')).toBeInTheDocument();
    // the date is written in the interface language
    expect(within(good).getByText(/2025/)).toBeInTheDocument();
  });

  it('shows the weakest dimension with the averages it comes from, and a scenario that trains it', async () => {
    await history(await currentTrainee());
    renderProgress();

    const weakest = await screen.findByRole('region', { name: 'Weakest dimension' });
    expect(within(weakest).getByText('Empathy', { selector: '.weakest__name' })).toBeInTheDocument();
    expect(
      within(weakest).getByText(/^Average \d+ over your last 3 attempts that score it\.$/),
    ).toBeInTheDocument();
    const table = within(weakest).getByRole('table', { name: 'Recent average by dimension' });
    expect(within(table).getByRole('rowheader', { name: 'Empathy weakest' })).toBeInTheDocument();
    expect(
      within(weakest)
        .getByRole('link', { name: /^Practise it: / })
        .getAttribute('href'),
    ).toMatch(/^\/play\//);
  });

  it('charts the forbidden-phrase categories used most, with their counts as text', async () => {
    await history(await currentTrainee());
    renderProgress();

    const section = await screen.findByRole('region', { name: 'Forbidden phrases you used most' });
    const rows = within(section).getAllByRole('listitem');
    expect(rows.map((r) => r.textContent)).toEqual([
      'Blame-shifting 1 time',
      'Denying feelings or the problem 1 time',
    ]);
  });

  it('draws a trend per dimension, each with a text alternative', async () => {
    await history(await currentTrainee());
    renderProgress();

    const trends = await screen.findByRole('region', { name: 'Trends by dimension' });
    const charts = within(trends).getAllByRole('img');
    expect(charts).toHaveLength(5);
    const empathy = within(trends).getByRole('img', { name: 'Empathy scores over time, from 0 to 100' });
    expect(empathy).toHaveAttribute('viewBox');
    expect(empathy).toHaveAccessibleDescription(/^3 scored attempts: first 100, latest 0, best 100\.$/);
    const table = within(trends).getByRole('table', { name: 'Empathy score at each attempt' });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
  });

  it('draws a long history as a mark per day, with the same marks in its table', async () => {
    const traineeId = await currentTrainee();
    const first = await getAttempt(
      await playAndStore({ traineeId, compiled: builtin(LOGIN), script: GOOD_EN }),
    );
    if (!first.ok || !first.row) throw new Error('the played attempt cannot be read');
    // 99 more, six hours apart, as a bundle import would store them
    const copies = Array.from({ length: 99 }, (_, i) => {
      const startedAt = START + (i + 1) * 6 * 60 * 60 * 1000;
      return { ...first.row!, id: newAttemptId(), startedAt, updatedAt: startedAt, finishedAt: startedAt };
    });
    await db.attempts.bulkPut(copies);
    await db.attemptSummaries.bulkPut(copies.map((a) => summarizeAttempt(a)));
    renderProgress();

    const trends = await screen.findByRole('region', { name: 'Trends by dimension' });
    const empathy = within(trends).getByRole('img', { name: 'Empathy scores over time, from 0 to 100' });
    expect(empathy).toHaveAccessibleDescription(
      /^100 scored attempts: first \d+, latest \d+, best \d+\. Each mark is the average of one day\.$/,
    );
    const marks = empathy.querySelectorAll('circle').length;
    expect(marks).toBeGreaterThan(20);
    expect(marks).toBeLessThanOrEqual(40);
    const table = within(trends).getByRole('table', {
      name: `Empathy: average score in the 20 most recent of ${marks} periods`,
    });
    expect(within(table).getAllByRole('row')).toHaveLength(21);
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Period', 'Attempts', 'Average']);

    expect(attemptItems()).toHaveLength(PAGE_SIZE);
    expect(screen.getByRole('button', { name: 'Show 50 more (50 left)' })).toBeInTheDocument();
  });

  it('adds up the time practised', async () => {
    await history(await currentTrainee());
    renderProgress();

    const time = await screen.findByText('Time practised');
    expect(time.nextElementSibling?.textContent).toMatch(/^\d+ minutes?$/);
    expect(screen.getByText('Attempts').nextElementSibling).toHaveTextContent('4');
    expect(screen.getByText('Finished').nextElementSibling).toHaveTextContent('3');
  });

  it('shows a long history a page at a time', async () => {
    const traineeId = await currentTrainee();
    const { session } = runScript(
      builtin(LOGIN),
      { locale: 'en', seed: 'test' },
      parseScript(BLAME_EN).steps,
    );
    for (let i = 0; i < PAGE_SIZE + 5; i++) {
      await startAttempt(
        {
          traineeId,
          scenarioId: `gone-${i}`,
          scenarioVersion: 1,
          locale: 'en',
          mode: 'practice',
          seed: 's',
          progress: session,
        },
        { now: START + i * 1000 },
      );
    }
    renderProgress();

    await screen.findByRole('heading', { level: 1, name: 'Your progress' });
    expect(attemptItems()).toHaveLength(PAGE_SIZE);
    expect(attemptItems()[0]).toHaveTextContent(`gone-${PAGE_SIZE + 4} (no longer on this device)`);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show 5 more (5 left)' }));
    expect(attemptItems()).toHaveLength(PAGE_SIZE + 5);
    expect(screen.queryByRole('button', { name: /^Show/ })).not.toBeInTheDocument();
  });

  it('points a trainee with no attempts to the catalog', async () => {
    await currentTrainee('Bo');
    renderProgress();

    expect(await screen.findByRole('heading', { name: 'No attempts yet' })).toBeInTheDocument();
    expect(screen.getByText(/^Bo, once you play a scenario/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Pick a scenario from the catalog' })).toHaveAttribute(
      'href',
      '/',
    );
  });

  it('asks who is practising when no profile is picked', async () => {
    renderProgress();

    expect(await screen.findByRole('heading', { name: 'Who is practising?' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Choose a profile' })).toHaveAttribute('href', '/');
  });

  it("shows only the current trainee's attempts", async () => {
    const other = await newTrainee('Cy');
    await playAndStore({ traineeId: other, compiled: builtin(LOGIN), script: GOOD_EN });
    await currentTrainee('Di');
    renderProgress();

    expect(await screen.findByRole('heading', { name: 'No attempts yet' })).toBeInTheDocument();
  });

  it('says how many stored attempts could not be read, and shows the rest', async () => {
    const traineeId = await currentTrainee();
    const ids = await history(traineeId);
    await db.attempts.update(ids.cold, { mode: 'sideways' as unknown as 'exam' });
    // the page reads summaries: the same bad value, written beside the attempt as every write does
    await db.attemptSummaries.update(ids.cold, { mode: 'sideways' as unknown as 'exam' });
    renderProgress();

    expect(
      await screen.findByText('1 stored attempt could not be read and is not shown. Nothing was deleted.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(attemptItems()).toHaveLength(3));
  });

  it('speaks the interface language', async () => {
    await history(await currentTrainee());
    await i18n.changeLanguage('zh-CN');
    renderProgress();

    expect(await screen.findByRole('heading', { level: 1, name: '我的进度' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '最弱的维度' })).toHaveTextContent('共情');
    expect(screen.getAllByRole('link', { name: '登录不上的愤怒用户' })).toHaveLength(4);
    expect(screen.getByText('练习时长').nextElementSibling?.textContent).toMatch(/^\d+分钟$/);
  });
});
