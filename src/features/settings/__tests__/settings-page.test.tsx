import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { finishAttempt, listAttempts, startAttempt } from '../../../data/attempt-repository.ts';
import { exportTraineeBundle, type TraineeBundle } from '../../../data/bundle.ts';
import { db } from '../../../data/db.ts';
import type { Trainee } from '../../../data/entities.ts';
import { listImportedScenarios } from '../../../data/scenario-repository.ts';
import { getSetting, setSetting } from '../../../data/settings-repository.ts';
import { MINI_TEXT, playMiniToEnd } from '../../../data/test-support/play-mini.ts';
import { createTrainee, deleteTrainee, getTrainee } from '../../../data/trainee-repository.ts';
import { i18n } from '../../../i18n/i18n.ts';
import { SettingsPage } from '../components/settings-page.tsx';

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
  localStorage.clear();
  await i18n.changeLanguage('en');
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function signIn(name = 'Ann'): Promise<Trainee> {
  const created = await createTrainee(name);
  if (!created.ok) throw new Error(created.error.code);
  await setSetting('currentTraineeId', created.value.id);
  return created.value;
}

async function finishedAttempt(trainee: Trainee, scenarioId = 'login-failure-angry') {
  const { session, scorecard } = playMiniToEnd();
  const started = await startAttempt({
    traineeId: trainee.id,
    scenarioId,
    scenarioVersion: 1,
    locale: 'en',
    mode: 'practice',
    seed: 's',
  });
  if (!started.ok) throw new Error('start failed');
  await finishAttempt(started.value.id, scorecard, { ...session, moodTrace: [] });
  return started.value;
}

function renderSettings() {
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter initialEntries={['/settings']}>
        <SettingsPage />
      </MemoryRouter>
    </I18nextProvider>,
  );
  return { user };
}

function section(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

describe('SettingsPage', () => {
  it('switches the interface language and saves the choice', async () => {
    await signIn();
    const { user } = renderSettings();
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'English' })).toBeChecked();

    await user.click(screen.getByRole('radio', { name: '简体中文' }));
    expect(await screen.findByRole('heading', { level: 1, name: '设置' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '简体中文' })).toBeChecked();
    expect(i18n.language).toBe('zh-CN');
    await waitFor(async () => expect((await getSetting('language')).value).toBe('zh-CN'));
  });

  it('renames the trainee, and says why a name is refused', async () => {
    const ann = await signIn();
    await createTrainee('Bo');
    const { user } = renderSettings();
    const profile = await screen.findByRole('region', { name: 'Your profile' });
    const field = within(profile).getByRole('textbox', { name: 'Display name' });
    expect(field).toHaveValue('Ann');

    await user.clear(field);
    await user.type(field, 'bo');
    await user.click(within(profile).getByRole('button', { name: 'Save name' }));
    expect(await within(profile).findByRole('alert')).toHaveTextContent(
      '“Bo” is already on this device. Choose another name.',
    );
    expect(field).toHaveAttribute('aria-invalid', 'true');

    await user.clear(field);
    await user.type(field, 'Annie  Lee');
    await user.click(within(profile).getByRole('button', { name: 'Save name' }));
    expect(await within(profile).findByText('Name saved.')).toBeInTheDocument();
    expect(field).toHaveValue('Annie Lee');
    expect(await getTrainee(ann.id)).toMatchObject({ ok: true, row: { name: 'Annie Lee' } });
    expect(await within(profile).findByText('You are practising as Annie Lee.')).toBeInTheDocument();
  });

  it('switching the trainee clears the current one', async () => {
    await signIn();
    const { user } = renderSettings();
    const profile = await screen.findByRole('region', { name: 'Your profile' });
    await user.click(within(profile).getByRole('button', { name: 'Switch trainee' }));
    await waitFor(async () => expect((await getSetting('currentTraineeId')).value).toBeNull());
  });

  it('exports the trainee’s data as a bundle file', async () => {
    const ann = await signIn();
    await finishedAttempt(ann);
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:parley-test';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user } = renderSettings();

    const data = await screen.findByRole('region', { name: 'Your data' });
    await user.click(within(data).getByRole('button', { name: 'Export my data' }));
    expect(
      await within(data).findByText(/^Saved 1 attempt to parley-ann-\d{4}-\d{2}-\d{2}\.json\.$/),
    ).toBeInTheDocument();

    expect(click).toHaveBeenCalledTimes(1);
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toMatch(/^parley-ann-.*\.json$/);
    expect(link.href).toBe('blob:parley-test');
    expect(blobs).toHaveLength(1);
    const bundle = JSON.parse(await (blobs[0] as Blob).text()) as TraineeBundle;
    expect(bundle).toMatchObject({ format: 'parley.trainee-bundle', version: 1, trainee: { name: 'Ann' } });
    expect(bundle.attempts.map((a) => a.scenarioId)).toEqual(['login-failure-angry']);
  });

  it('imports a bundle and reports what was added; a broken file changes nothing and says why', async () => {
    await signIn();
    const bo = await createTrainee('Bo');
    if (!bo.ok) throw new Error('create failed');
    await finishedAttempt(bo.value);
    const exported = await exportTraineeBundle(bo.value.id);
    if (!exported.ok) throw new Error('export failed');
    await deleteTrainee(bo.value.id);
    const { user } = renderSettings();
    const data = await screen.findByRole('region', { name: 'Your data' });
    const input = within(data).getByLabelText('Import a data file');

    await user.upload(
      input,
      new File(['{"format": "something else"}'], 'x.json', { type: 'application/json' }),
    );
    expect(
      await within(data).findByText('This file could not be imported, and nothing was changed:'),
    ).toBeInTheDocument();
    expect(within(data).getByText('The file is JSON, but not a Parley data file.')).toBeInTheDocument();

    await user.upload(
      input,
      new File([exported.value.json], exported.value.fileName, { type: 'application/json' }),
    );
    expect(await within(data).findByText(/Added a new profile: Bo\./)).toHaveTextContent(
      'Attempts added: 1. Updated: 0. Already here: 0.',
    );
    expect((await listAttempts(bo.value.id)).rows).toHaveLength(1);

    await user.click(within(data).getByRole('button', { name: 'Practise as Bo' }));
    await waitFor(async () => expect((await getSetting('currentTraineeId')).value).toBe(bo.value.id));
  });

  it('deletes my data after a confirmation: the profile and its attempts go', async () => {
    const ann = await signIn();
    await finishedAttempt(ann);
    await finishedAttempt(ann, 'refund-not-as-described');
    const { user } = renderSettings();
    const data = await screen.findByRole('region', { name: 'Your data' });

    await user.click(within(data).getByRole('button', { name: 'Delete my data…' }));
    const confirm = within(data).getByRole('group', { name: 'Delete the profile of Ann and all its data?' });
    expect(confirm).toHaveFocus();
    expect(await within(confirm).findByText(/deletes the profile and 2 attempts/)).toBeInTheDocument();

    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(within(data).getByRole('button', { name: 'Delete my data…' })).toHaveFocus();
    expect((await listAttempts(ann.id)).rows).toHaveLength(2);

    await user.click(within(data).getByRole('button', { name: 'Delete my data…' }));
    await user.click(within(data).getByRole('button', { name: 'Yes, delete everything' }));
    expect(await screen.findByText('No profile is picked on this device.')).toBeInTheDocument();
    expect((await listAttempts(ann.id)).rows).toHaveLength(0);
    expect(await getTrainee(ann.id)).toEqual({ ok: true, row: null });
    expect((await getSetting('currentTraineeId')).value).toBeNull();
  });

  it('imports a valid scenario file into the catalog, and lists lint errors with line and column otherwise', async () => {
    await signIn();
    const { user } = renderSettings();
    const scenarios = section('Scenario files');
    const input = within(scenarios).getByLabelText('Import a scenario file');

    await user.upload(input, new File(['id: broken\nversion: one\n'], 'broken.yaml', { type: 'text/yaml' }));
    const refused = await within(scenarios).findByText(
      /^broken\.yaml has \d+ errors? and was not imported:$/,
    );
    const issues = within(refused.parentElement as HTMLElement).getAllByRole('listitem');
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.some((li) => /Line \d+, column \d+/.test(li.textContent ?? ''))).toBe(true);
    expect((await listImportedScenarios()).rows).toHaveLength(0);

    await user.upload(input, new File([MINI_TEXT], 'mini.yaml', { type: 'text/yaml' }));
    expect(
      await within(scenarios).findByText(
        'Imported “Locked out” (mini-login, version 1). It is now in the catalog.',
      ),
    ).toBeInTheDocument();
    expect((await listImportedScenarios()).rows.map((r) => r.id)).toEqual(['mini-login']);
    const list = await within(scenarios).findByRole('list', { name: 'Imported scenarios' });
    expect(within(list).getByText('Locked out')).toBeInTheDocument();

    await user.click(within(list).getByRole('button', { name: 'Remove' }));
    expect(await within(scenarios).findByText('Removed “Locked out”.')).toBeInTheDocument();
    expect((await listImportedScenarios()).rows).toHaveLength(0);
  });

  it('refuses a scenario file that reuses a built-in id', async () => {
    await signIn();
    const { user } = renderSettings();
    const scenarios = section('Scenario files');
    const text = MINI_TEXT.replace('id: mini-login', 'id: login-failure-angry');
    await user.upload(
      within(scenarios).getByLabelText('Import a scenario file'),
      new File([text], 'twin.yaml', { type: 'text/yaml' }),
    );
    expect(
      await within(scenarios).findByText(
        'A built-in scenario already uses the id “login-failure-angry”. Change the id in the file and import it again.',
      ),
    ).toBeInTheDocument();
    expect((await listImportedScenarios()).rows).toHaveLength(0);
  });
});
