import 'fake-indexeddb/auto';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../data/db.ts';
import { getSetting, setSetting } from '../../../data/settings-repository.ts';
import { createTrainee, listTrainees } from '../../../data/trainee-repository.ts';
import { i18n } from '../../../i18n/i18n.ts';
import { CurrentTraineeBadge, ProfileGate } from '../components/profile-gate.tsx';

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
  localStorage.clear();
  await i18n.changeLanguage('en');
});

function renderGate() {
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={i18n}>
      <header>
        <CurrentTraineeBadge />
      </header>
      <ProfileGate>
        <h1>The app</h1>
      </ProfileGate>
    </I18nextProvider>,
  );
  return { user };
}

async function nameField() {
  return screen.findByRole('textbox', { name: 'Display name' });
}

describe('ProfileGate', () => {
  it('asks who is practising on a new device, creates the profile and opens the app', async () => {
    const { user } = renderGate();
    expect(await screen.findByRole('heading', { level: 1, name: 'Who is practising?' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Add yourself' })).toBeInTheDocument();
    await user.type(await nameField(), '  Ann   Lee ');
    await user.click(screen.getByRole('button', { name: 'Start practising' }));

    expect(await screen.findByRole('heading', { name: 'The app' })).toBeInTheDocument();
    const { rows } = await listTrainees();
    expect(rows.map((r) => r.name)).toEqual(['Ann Lee']);
    expect((await getSetting('currentTraineeId')).value).toBe(rows[0]?.id);
    const header = screen.getByRole('banner');
    expect(await within(header).findByText('Ann Lee')).toBeInTheDocument();
  });

  it('lists the profiles on the device; picking one opens the app and marks it active', async () => {
    await createTrainee('Ann', { now: 1 });
    const bo = await createTrainee('Bo', { now: 2 });
    if (!bo.ok) throw new Error('create failed');
    const { user } = renderGate();
    const list = await screen.findByRole('region', { name: 'Profiles on this device' });
    expect(
      within(list)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Bo', 'Ann']);
    await user.click(within(list).getByRole('button', { name: 'Ann' }));

    expect(await screen.findByRole('heading', { name: 'The app' })).toBeInTheDocument();
    await waitFor(async () => expect((await listTrainees()).rows.map((r) => r.name)).toEqual(['Ann', 'Bo']));
  });

  it('says why a name is refused: empty, too long, or already taken', async () => {
    await createTrainee('Ann');
    const { user } = renderGate();
    const field = await nameField();
    const submit = screen.getByRole('button', { name: 'Start practising' });

    await user.click(submit);
    expect(await screen.findByRole('alert')).toHaveTextContent('Type a display name.');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/Type a display name\./);
    expect(field).toHaveFocus();

    await user.type(field, 'x'.repeat(41));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(submit);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That name is 41 characters long; use at most 40.',
    );

    await user.clear(field);
    await user.type(field, 'ann');
    await user.click(submit);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“Ann” is already on this device. Pick that profile, or choose another name.',
    );
    expect((await listTrainees()).rows).toHaveLength(1);
    expect(screen.queryByRole('heading', { name: 'The app' })).not.toBeInTheDocument();
  });

  it('asks again when the current trainee was deleted', async () => {
    const ann = await createTrainee('Ann');
    if (!ann.ok) throw new Error('create failed');
    await setSetting('currentTraineeId', ann.value.id);
    renderGate();
    expect(await screen.findByRole('heading', { name: 'The app' })).toBeInTheDocument();

    // another tab deleted her, leaving the setting pointing nowhere
    await db.trainees.delete(ann.value.id);
    expect(await screen.findByRole('heading', { name: 'Who is practising?' })).toBeInTheDocument();
    expect(screen.queryByRole('banner')).toBeEmptyDOMElement();
  });

  it('the badge’s switch button hands the device to someone else', async () => {
    const ann = await createTrainee('Ann');
    if (!ann.ok) throw new Error('create failed');
    await setSetting('currentTraineeId', ann.value.id);
    const { user } = renderGate();
    await user.click(await screen.findByRole('button', { name: 'Switch trainee' }));

    const heading = await screen.findByRole('heading', { name: 'Who is practising?' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect((await getSetting('currentTraineeId')).value).toBeNull();
    // the profile itself stays
    expect(screen.getByRole('button', { name: 'Ann' })).toBeInTheDocument();
  });

  it('speaks the interface language', async () => {
    await i18n.changeLanguage('zh-TW');
    renderGate();
    expect(await screen.findByRole('heading', { level: 1, name: '誰要練習\uff1f' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: '顯示名稱' })).toBeInTheDocument();
  });
});
