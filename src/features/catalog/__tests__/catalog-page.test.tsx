import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { renderAt } from '../../../ui/test-support/render-at.tsx';
import { beforeEach, describe, expect, it } from 'vitest';
import { finishAttempt, startAttempt } from '../../../data/attempt-repository.ts';
import { db } from '../../../data/db.ts';
import type { Trainee } from '../../../data/entities.ts';
import { saveImportedScenario } from '../../../data/scenario-repository.ts';
import { setSetting } from '../../../data/settings-repository.ts';
import { MINI_TEXT, playMiniToEnd } from '../../../data/test-support/play-mini.ts';
import { createTrainee } from '../../../data/trainee-repository.ts';
import { i18n } from '../../../i18n/i18n.ts';
import { CatalogPage } from '../components/catalog-page.tsx';

const BUILTIN_IDS = [
  'account-banned-appeal',
  'account-hacked-funds',
  'double-charge-livestream-gift',
  'login-failure-angry',
  'parcel-signed-not-received',
  'refund-not-as-described',
  'self-harm-threat',
  'upload-failing-urgent',
];

// the hooks read the app's database, so each test starts from empty tables
beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
  localStorage.clear();
  await i18n.changeLanguage('en');
});

async function signIn(name = 'Ann'): Promise<Trainee> {
  const created = await createTrainee(name);
  if (!created.ok) throw new Error(created.error.code);
  await setSetting('currentTraineeId', created.value.id);
  return created.value;
}

function renderCatalog(url = '/') {
  const user = userEvent.setup();
  const { address } = renderAt(
    url,
    <Routes>
      <Route path="/" element={<CatalogPage />} />
      <Route path="/play/:scenarioId" element={<p>playing</p>} />
    </Routes>,
  );
  return { address, user };
}

function cards(): HTMLElement[] {
  return within(screen.getByRole('region', { name: 'All scenarios' })).queryAllByRole('article');
}

function card(title: string): HTMLElement {
  return screen.getByRole('article', { name: title });
}

describe('CatalogPage', () => {
  it('shows the eight built-in scenarios with what they train and the ways in', async () => {
    await signIn();
    renderCatalog();
    expect(screen.getByRole('heading', { level: 1, name: 'Scenarios' })).toBeInTheDocument();
    expect(cards()).toHaveLength(BUILTIN_IDS.length);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 8 of 8 scenarios');

    const login = card('Locked out and furious');
    expect(within(login).getByRole('heading', { level: 3 })).toHaveAttribute('lang', 'en');
    expect(login).toHaveTextContent(/locked out of their account all morning/);
    expect(within(login).getByText('Difficulty 2 of 5')).toBeInTheDocument();
    const skills = within(login).getByText('Skills').nextElementSibling as HTMLElement;
    expect(
      within(skills)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Empathy', 'Clarification', 'Compliance', 'Resolution']);
    expect(within(login).getByText('简体中文')).toHaveAttribute('lang', 'zh-CN');
    expect(within(login).getByRole('link', { name: 'Practise' })).toHaveAttribute(
      'href',
      '/play/login-failure-angry',
    );
    expect(within(login).getByRole('link', { name: 'Exam' })).toHaveAttribute(
      'href',
      '/play/login-failure-angry?mode=exam',
    );
    expect(await within(login).findByText('Not tried yet')).toBeInTheDocument();
  });

  it('shows titles and summaries in the interface language', async () => {
    await signIn();
    await i18n.changeLanguage('zh-TW');
    renderCatalog();
    const login = card('登入不了的憤怒用戶');
    expect(within(login).getByRole('heading', { level: 3 })).toHaveAttribute('lang', 'zh-TW');
    expect(within(login).getByText('難度 2 / 5')).toBeInTheDocument();
  });

  it('narrows the list by skill and difficulty and keeps the filters in the address', async () => {
    await signIn();
    const { address, user } = renderCatalog('/?lng=en');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Skill' }), 'Timeliness');
    expect(cards().map((c) => c.querySelector('h3')?.textContent)).toEqual([
      'Hacked account, money gone',
      'Video upload failing before a deadline',
      'A customer in crisis mentions self-harm',
    ]);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Difficulty' }), '3 of 5');
    expect(cards()).toHaveLength(2);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 2 of 8 scenarios');
    const search = new URLSearchParams(address.location?.search);
    expect(Object.fromEntries(search)).toEqual({ lng: 'en', skill: 'timeliness', difficulty: '3' });

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(cards()).toHaveLength(8);
    expect(address.location?.search).toBe('?lng=en');
  });

  it('reads the filters from the address on load, so they survive a reload', async () => {
    await signIn();
    renderCatalog('/?skill=timeliness&difficulty=4');
    expect(cards().map((c) => c.querySelector('h3')?.textContent)).toEqual([
      'A customer in crisis mentions self-harm',
    ]);
    expect(screen.getByRole('combobox', { name: 'Skill' })).toHaveValue('timeliness');
    expect(screen.getByRole('combobox', { name: 'Difficulty' })).toHaveValue('4');
  });

  it('ignores filter values it does not know instead of showing nothing', async () => {
    await signIn();
    renderCatalog('/?skill=charm&difficulty=9&language=fr');
    expect(cards()).toHaveLength(8);
  });

  it('lists imported scenarios and filters them by language', async () => {
    await signIn();
    await saveImportedScenario(MINI_TEXT);
    const { user } = renderCatalog();
    const mini = await screen.findByRole('article', { name: 'Locked out' });
    expect(within(mini).getByText('Imported')).toBeInTheDocument();
    expect(cards()).toHaveLength(9);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), '繁體中文');
    expect(cards()).toHaveLength(8);
    expect(screen.queryByRole('article', { name: 'Locked out' })).not.toBeInTheDocument();
  });

  it('shows the trainee’s best score once a finished attempt is stored', async () => {
    const ann = await signIn();
    renderCatalog();
    const login = card('Locked out and furious');
    expect(await within(login).findByText('Not tried yet')).toBeInTheDocument();

    const { session, scorecard } = playMiniToEnd();
    const started = await startAttempt({
      traineeId: ann.id,
      scenarioId: 'login-failure-angry',
      scenarioVersion: 1,
      locale: 'en',
      mode: 'practice',
      seed: 's',
    });
    if (!started.ok) throw new Error('start failed');
    await finishAttempt(started.value.id, scorecard, { ...session, moodTrace: [] });

    expect(await within(login).findByText(`${scorecard.overall} / 100`)).toBeInTheDocument();
    expect(within(login).getByText('1 finished attempt')).toBeInTheDocument();
  });

  it('suggests the easiest scenario to a new trainee', async () => {
    await signIn();
    renderCatalog();
    const panel = screen.getByRole('region', { name: 'Suggested next' });
    expect(await within(panel).findByText('Locked out and furious')).toBeInTheDocument();
    expect(panel).toHaveTextContent('New here? Start with this one');
    expect(within(panel).getByRole('link', { name: 'Practise' })).toHaveAttribute(
      'href',
      '/play/login-failure-angry',
    );
  });

  it('aims the suggestion at the weakest dimension, and names it', async () => {
    const ann = await signIn();
    const { session, scorecard } = playMiniToEnd();
    const weak = { ...scorecard, overall: 40 };
    weak.dimensions = {
      ...scorecard.dimensions,
      timeliness: { ...scorecard.dimensions.timeliness, score: 5, weight: 1 },
    };
    const started = await startAttempt({
      traineeId: ann.id,
      scenarioId: 'login-failure-angry',
      scenarioVersion: 1,
      locale: 'en',
      mode: 'practice',
      seed: 's',
    });
    if (!started.ok) throw new Error('start failed');
    await finishAttempt(started.value.id, weak, { ...session, moodTrace: [] });

    renderCatalog();
    const panel = screen.getByRole('region', { name: 'Suggested next' });
    await waitFor(() =>
      expect(panel).toHaveTextContent(
        'Your weakest skill lately is Timeliness, and this scenario practises it.',
      ),
    );
    // the easiest scenario that trains timeliness
    expect(within(panel).getByText('Hacked account, money gone')).toBeInTheDocument();
  });

  it('lists a stored scenario that no longer loads, with line and column, for trainers', async () => {
    await signIn();
    await db.scenarios.put({
      id: 'broken',
      version: 1,
      title: { en: 'Broken' },
      text: 'id: broken\nversion: 1\ndifficulty: nine\n',
      importedAt: 1,
    });
    renderCatalog();
    const problems = await screen.findByRole('region', { name: 'Scenarios that could not be loaded' });
    expect(within(problems).getByText('broken')).toBeInTheDocument();
    expect(within(problems).getAllByText(/^Line \d+, column \d+$/).length).toBeGreaterThan(0);
    expect(cards()).toHaveLength(8);
  });
});
