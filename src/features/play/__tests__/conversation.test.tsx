import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import miniYaml from '../../../engine/scenario/fixtures/mini.yaml?raw';
import { compileScenario, parseScenario } from '../../../engine/scenario/index.ts';
import type { Session } from '../../../engine/session/index.ts';
import { i18n } from '../../../i18n/i18n.ts';
import { Conversation, type ConversationProps } from '../components/conversation.tsx';

function compiled() {
  const parsed = parseScenario(miniYaml);
  if (!parsed.ok) throw new Error('mini fixture is invalid');
  return compileScenario(parsed.scenario);
}

function renderConversation(props: Partial<ConversationProps> = {}) {
  const user = userEvent.setup();
  const view = render(
    <I18nextProvider i18n={i18n}>
      <Conversation
        compiled={compiled()}
        locale="en"
        seed="t"
        mode="practice"
        typingDelay={() => 0}
        {...props}
      />
    </I18nextProvider>,
  );
  return { user, box: screen.getByRole('textbox', { name: 'Your reply' }), unmount: view.unmount };
}

beforeAll(async () => {
  await i18n.changeLanguage('en');
});

describe('Conversation', () => {
  it('shows the customer, the mood and the tool actions of the beat', () => {
    renderConversation();
    expect(screen.getByRole('log', { name: 'Conversation' })).toHaveTextContent('Sam');
    expect(screen.getByText('Mood')).toBeInTheDocument();
    expect(screen.getByText('angry (7/10)')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send the official link' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Priority' })).toBeInTheDocument();
  });

  it('in practice mode coaches each reply: what worked, the forbidden phrase with a better one, what next', async () => {
    const { user, box } = renderConversation();
    await user.type(box, 'Calm down, nobody else has this problem.{Enter}');
    const card = await screen.findByRole('complementary', { name: 'Coaching on your reply' });
    expect(
      within(card)
        .getAllByText(/Avoid:/)
        .map((li) => li.textContent)
        .join(' '),
    ).toContain('nobody else has');
    expect(within(card).getAllByText(/Better:/).length).toBeGreaterThan(0);
    expect(within(card).getByText('Rephrase: that wording breaks a service rule.')).toBeInTheDocument();
    expect(await screen.findByText('Are you even listening?')).toBeInTheDocument();
  });

  it("shows the trainee's reply and its coaching at once, and the customer's answer after a typing delay", async () => {
    const { user, box } = renderConversation({ typingDelay: () => 300 });
    await user.type(box, 'Calm down, nobody else has this problem.{Enter}');
    const log = screen.getByRole('log', { name: 'Conversation' });
    // no waiting: the line and its card are in the same render as the sent reply
    expect(log).toHaveTextContent('Calm down, nobody else has this problem.');
    expect(within(log).getByRole('complementary', { name: 'Coaching on your reply' })).toBeInTheDocument();
    expect(screen.getByText('Sam is typing…')).toBeInTheDocument();
    expect(log).not.toHaveTextContent('Are you even listening?');
    expect(await screen.findByText('Are you even listening?')).toBeInTheDocument();
    expect(screen.queryByText('Sam is typing…')).not.toBeInTheDocument();
  });

  it('in exam mode shows no coaching', async () => {
    const { user, box } = renderConversation({ mode: 'exam' });
    await user.type(box, 'Calm down.{Enter}');
    await screen.findByText('Are you even listening?');
    expect(screen.queryByRole('complementary')).not.toBeInTheDocument();
  });

  it('saves after every step and reports the end once', async () => {
    const onProgress = vi.fn<(s: Session) => void>();
    const onEnd = vi.fn<(s: Session) => void>();
    const { user, box } = renderConversation({ onProgress, onEnd });
    await user.type(box, "I'm so sorry you're locked out. What error do you see?{Enter}");
    await user.click(screen.getByRole('button', { name: 'Send the official link' }));
    await user.type(box, "Reset it with that link; I'll check back with you within 10 minutes.{Enter}");
    expect(onProgress).toHaveBeenCalledTimes(3);
    expect(onEnd).toHaveBeenCalledTimes(1);
    expect(
      await screen.findByRole('heading', { name: 'The conversation has ended: Resolved' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('resumes a saved conversation exactly where it was', async () => {
    let saved: Session | undefined;
    const first = renderConversation({ onProgress: (s) => (saved = s) });
    await first.user.type(first.box, "I'm so sorry you're locked out. What error do you see?{Enter}");
    const log = saved?.log ?? [];
    const before =
      saved?.transcript.map((e) => (e.kind === 'customer' || e.kind === 'agent' ? e.text : e.kind)) ?? [];
    first.unmount();
    renderConversation({ resume: log });
    const shown = [...(screen.getByRole('log').querySelector('ol')?.children ?? [])].map(
      (li) => li.textContent,
    );
    expect(shown).toHaveLength(before.length);
    expect(shown.join(' ')).toContain("It says wrong password, but it's right.");
  });
});
