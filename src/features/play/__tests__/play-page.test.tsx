import 'fake-indexeddb/auto';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listAttempts } from '../../../data/attempt-repository.ts';
import { db } from '../../../data/db.ts';
import { getDraft } from '../../../data/draft-repository.ts';
import type { TraineeId } from '../../../data/ids.ts';
import { setSetting } from '../../../data/settings-repository.ts';
import { createTrainee } from '../../../data/trainee-repository.ts';
import { i18n } from '../../../i18n/i18n.ts';
import { PlayPage } from '../components/play-page.tsx';

const SCENARIO = 'login-failure-angry';
let traineeId: TraineeId;

function PlayAt({ id }: { id: string }) {
  return <PlayPage scenarioId={id} typingDelay={() => 0} />;
}

function renderPlay(path = `/play/${SCENARIO}`) {
  const user = userEvent.setup();
  const view = render(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/play/:scenarioId" element={<PlayAt id={path.split('/')[2]?.split('?')[0] ?? ''} />} />
          <Route path="/attempts/:attemptId" element={<p>debrief</p>} />
        </Routes>
      </MemoryRouter>
    </I18nextProvider>,
  );
  return { user, ...view };
}

async function attempts() {
  return (await listAttempts(traineeId)).rows;
}

beforeAll(async () => {
  await i18n.changeLanguage('en');
});

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
  const created = await createTrainee('Ana');
  if (!created.ok) throw new Error('could not create a trainee');
  traineeId = created.value.id;
  await setSetting('currentTraineeId', traineeId);
});

// each test compiles a real scenario and runs the analyzer: slow on a busy machine, not a timing check
describe('PlayPage', { timeout: 20_000 }, () => {
  it('starts an attempt, saves after every reply, and offers to resume it after a reload', async () => {
    const first = renderPlay();
    const box = await screen.findByRole('textbox', { name: 'Your reply' }, { timeout: 5000 });
    await first.user.click(box);
    await first.user.paste(
      "I'm really sorry you've been locked out all morning. What do you see when you try to log in?",
    );
    await first.user.keyboard('{Enter}');
    // the reply waits for the analyzer, which loads after the conversation starts
    await waitFor(
      async () => {
        const [attempt] = await attempts();
        expect(attempt?.transcript.filter((e) => e.kind === 'agent')).toHaveLength(1);
      },
      { timeout: 5000 },
    );
    const [saved] = await attempts();
    expect(saved).toMatchObject({
      scenarioId: SCENARIO,
      status: 'in_progress',
      mode: 'practice',
      locale: 'en',
    });
    first.unmount();

    const second = renderPlay();
    await second.user.click(await screen.findByRole('button', { name: 'Resume where I left off' }));
    const log = await screen.findByRole('log', { name: 'Conversation' });
    expect(log).toHaveTextContent("I'm really sorry you've been locked out all morning.");
    expect(await attempts()).toHaveLength(1);
  });

  it('keeps the unsent draft across a reload', async () => {
    const first = renderPlay();
    const box = await screen.findByRole('textbox', { name: 'Your reply' }, { timeout: 5000 });
    await first.user.type(box, 'Half a thought');
    await waitFor(async () => {
      const draft = await getDraft(traineeId, SCENARIO);
      expect(draft.ok && draft.row?.text).toBe('Half a thought');
    });
    first.unmount();
    const second = renderPlay();
    await second.user.click(await screen.findByRole('button', { name: 'Resume where I left off' }));
    expect(await screen.findByRole('textbox', { name: 'Your reply' })).toHaveValue('Half a thought');
  });

  it('starts in exam mode without coaching', async () => {
    const view = renderPlay(`/play/${SCENARIO}?mode=exam`);
    const box = await screen.findByRole('textbox', { name: 'Your reply' }, { timeout: 5000 });
    await view.user.type(box, 'Calm down.{Enter}');
    await waitFor(async () => expect((await attempts())[0]?.mode).toBe('exam'));
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
  });

  it('says plainly when the scenario does not exist', async () => {
    renderPlay('/play/no-such-thing');
    expect(await screen.findByRole('heading', { name: 'Scenario not found' })).toBeInTheDocument();
  });
});
