import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../../i18n/i18n.ts';
import { ReplyBox } from '../components/reply-box.tsx';

function renderBox(
  onSend = vi.fn((): string | null | Promise<string | null> => null),
  onDraftChange = vi.fn(),
) {
  render(
    <I18nextProvider i18n={i18n}>
      <ReplyBox onSend={onSend} onDraftChange={onDraftChange} initialText="" />
    </I18nextProvider>,
  );
  return { box: screen.getByRole('textbox', { name: 'Your reply' }), onSend, onDraftChange };
}

beforeAll(async () => {
  await i18n.changeLanguage('en');
});

describe('ReplyBox', () => {
  it('sends on Enter and clears the box', async () => {
    const { box, onSend } = renderBox();
    await userEvent.type(box, 'Sorry about that{Enter}');
    expect(onSend).toHaveBeenCalledWith('Sorry about that');
    expect(box).toHaveValue('');
  });

  it('holds the reply, read-only, while it waits to be read, then clears it', async () => {
    let taken: (problem: string | null) => void = () => undefined;
    const onSend = vi.fn(() => new Promise<string | null>((resolve) => (taken = resolve)));
    const { box } = renderBox(onSend);
    await userEvent.type(box, 'Sorry about that{Enter}');
    expect(box).toHaveValue('Sorry about that');
    expect(box).toHaveAttribute('readonly');
    // a second Enter while waiting does not send it twice
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onSend).toHaveBeenCalledTimes(1);
    taken(null);
    await waitFor(() => expect(box).toHaveValue(''));
    expect(box).not.toHaveAttribute('readonly');
  });

  it('keeps the reply and shows why when it could not be read', async () => {
    const { box } = renderBox(vi.fn(() => Promise.resolve('The reply checker did not load.')));
    await userEvent.type(box, 'Sorry about that{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('The reply checker did not load.');
    expect(box).toHaveValue('Sorry about that');
    expect(box).not.toHaveAttribute('readonly');
  });

  it('makes a new line on Shift+Enter instead of sending', async () => {
    const { box, onSend } = renderBox();
    await userEvent.type(box, 'line one{Shift>}{Enter}{/Shift}line two');
    expect(onSend).not.toHaveBeenCalled();
    expect(box).toHaveValue('line one\nline two');
  });

  it('never sends on the Enter that confirms an input-method composition', () => {
    const { box, onSend } = renderBox();
    fireEvent.compositionStart(box);
    fireEvent.change(box, { target: { value: '您好' } });
    // chrome: keydown with isComposing while the candidate is being confirmed
    fireEvent.keyDown(box, { key: 'Enter', isComposing: true });
    // safari: keydown after compositionend, with the IME key code
    fireEvent.compositionEnd(box);
    fireEvent.keyDown(box, { key: 'Enter', keyCode: 229 });
    expect(onSend).not.toHaveBeenCalled();
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onSend).toHaveBeenCalledWith('您好');
  });

  it('keeps the text and shows the error when the reply is refused', async () => {
    const { box } = renderBox(vi.fn(() => 'Type a reply first.'));
    await userEvent.type(box, '   {Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Type a reply first.');
    expect(box).toHaveValue('   ');
    expect(box).toHaveAttribute('aria-invalid', 'true');
  });

  it('reports every change as a draft', async () => {
    const { box, onDraftChange } = renderBox();
    await userEvent.type(box, 'hi');
    expect(onDraftChange).toHaveBeenLastCalledWith('hi');
  });
});
