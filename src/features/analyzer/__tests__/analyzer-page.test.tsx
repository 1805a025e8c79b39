import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { safeAnalyzeReply } from '../../../engine/scoring/index.ts';
import { getForbiddenModel, setForbiddenModel } from '../../../engine/scoring/model/model-files.ts';
import { renderAnalyzer } from './render-analyzer.tsx';

const status = () => screen.getByRole('status');
const region = (name: string) => screen.findByRole('region', { name });

describe('AnalyzerPage', () => {
  it('shows a hint, not an error, before anything is typed', async () => {
    await renderAnalyzer();
    expect(status()).toHaveTextContent('Type a reply or pick an example to see its analysis.');
    expect(screen.getByRole('textbox', { name: 'Agent reply' })).not.toHaveAttribute('aria-invalid');
  });

  it('lists the signals a typed reply shows, with their evidence and the question level', async () => {
    const { user } = await renderAnalyzer();
    await user.type(
      screen.getByRole('textbox', { name: 'Agent reply' }),
      "So sorry! Which device is it? I'll reset it within 10 minutes.",
    );

    expect(await screen.findByText(/Read as English \(detected\): 5 of 7 signals found/)).toBe(status());
    expect(status()).toHaveTextContent('no forbidden phrases');

    const signals = await region('Signals found');
    const fired = within(signals)
      .getAllByRole('heading', { level: 4 })
      .map((h) => h.textContent);
    expect(fired).toEqual(['Empathy', 'Apology', 'Question', 'Solution', 'Time frame']);
    expect(within(signals).getByText('Question level: focused')).toBeInTheDocument();
    expect(within(signals).getAllByText('en.apology.sorry')).toHaveLength(2);
    expect(within(signals).getByText('within 10 minutes')).toBeInTheDocument();
    expect(within(signals).getByText('Not found: Restatement and Follow-up')).toBeInTheDocument();
    expect(
      within(await region('Forbidden phrases')).getByText('No forbidden phrases found.'),
    ).toBeInTheDocument();
  });

  it('flags asking for the verification code as a privacy risk and shows the better phrasing', async () => {
    const reply = 'Please tell me the verification code we texted you.';
    const { user } = await renderAnalyzer();
    await user.type(screen.getByRole('textbox', { name: 'Agent reply' }), reply);

    const forbidden = await region('Forbidden phrases');
    expect(await within(forbidden).findByRole('heading', { name: 'Privacy risk' })).toBeInTheDocument();
    const result = safeAnalyzeReply(reply);
    if (!result.ok) throw new Error('the sample reply should be readable');
    const [hit] = result.analysis.forbidden;
    expect(hit?.category).toBe('privacy');
    expect(within(forbidden).getByText(hit?.suggestion ?? '')).toBeInTheDocument();
    expect(within(forbidden).getByText('Say instead')).toBeInTheDocument();
    expect(status()).toHaveTextContent('1 forbidden phrase');

    // highlighted in red, tagged with its category
    const highlighted = await region('Reply with highlights');
    // the privacy cue overlaps a question cue, so it may span several marks
    const forbiddenMarks = [...highlighted.querySelectorAll<HTMLElement>('mark')].filter((m) =>
      m.dataset.kinds?.startsWith('forbidden'),
    );
    expect(forbiddenMarks.map((m) => m.textContent).join('')).toBe(hit?.cue);
    expect(within(highlighted).getByText('Privacy risk')).toBeInTheDocument();
    expect(
      within(await region('Customer and coaching')).getByText(/Replace the forbidden phrase/),
    ).toBeInTheDocument();
  });

  it('says when the learned model, not a written rule, found the phrase', async () => {
    // a handmade model, so that the page is tested apart from what the training learns
    const shipped = getForbiddenModel('en');
    const none = { bias: -50, weights: {} };
    setForbiddenModel(
      {
        ...shipped,
        categories: {
          absolute: none,
          blame: none,
          impatient: none,
          dismissive: { bias: -3, weights: { 'w:parcels': 60 } },
        },
      },
      'en',
    );
    try {
      // a phrasing no written rule names ("that is how it goes" has one now), so only the model can find it
      const reply = 'Parcels sit in tracking for days, it just happens.';
      const { user } = await renderAnalyzer();
      await user.type(screen.getByRole('textbox', { name: 'Agent reply' }), reply);

      const forbidden = await region('Forbidden phrases');
      expect(
        await within(forbidden).findByRole('heading', { name: 'Denying feelings or the problem' }),
      ).toBeInTheDocument();
      const label = within(forbidden).getByText('Learned model');
      expect(label).toHaveAttribute('title', expect.stringContaining('no written rule names this phrasing'));
      expect(within(forbidden).getByText('en.dismissive.model')).toBeInTheDocument();
    } finally {
      setForbiddenModel(shipped, 'en');
    }
  });

  it('does not flag a warning that we never ask for the code', async () => {
    const { user } = await renderAnalyzer();
    await user.type(
      screen.getByRole('textbox', { name: 'Agent reply' }),
      'We will never ask for your password. So you mean the app crashes when you log in, right?',
    );
    expect(
      await within(await region('Forbidden phrases')).findByText('No forbidden phrases found.'),
    ).toBeInTheDocument();
    expect(
      within(await region('Signals found')).getByRole('heading', { name: 'Restatement' }),
    ).toBeInTheDocument();
  });

  it('highlights overlapping forbidden phrases without losing text', async () => {
    const reply = "That's impossible, it's not my department.";
    const { user } = await renderAnalyzer();
    await user.type(screen.getByRole('textbox', { name: 'Agent reply' }), reply);
    const highlighted = await screen.findByTestId('highlighted-reply');
    await within(await region('Forbidden phrases')).findByRole('heading', { name: 'Blame-shifting' });
    const marks = within(highlighted).getAllByText(/./, { selector: 'mark' });
    expect(marks.every((m) => m.dataset.kinds?.startsWith('forbidden'))).toBe(true);
    const tags = [...highlighted.querySelectorAll('.hl-tag')].map((t) => t.textContent);
    const text = (highlighted.textContent ?? '').replace(
      tags.join('|') ? new RegExp(tags.join('|'), 'g') : '',
      '',
    );
    expect(text).toBe(reply);
  });

  it('lists only the first cues of a signal and counts the rest', async () => {
    const { user } = await renderAnalyzer();
    await user.click(screen.getByRole('textbox', { name: 'Agent reply' }));
    await user.paste('Sorry. '.repeat(12));
    const signals = await region('Signals found');
    expect(within(signals).getAllByText('and 4 more')).toHaveLength(2);
    expect(within(signals).getAllByText('en.apology.sorry')).toHaveLength(16);
    // the highlights still show every cue
    expect(
      within(await region('Reply with highlights')).getAllByText(/^Sorry$/, { selector: 'mark' }),
    ).toHaveLength(12);
  });

  it('shows the empty-reply message when the reply is cleared', async () => {
    const { user } = await renderAnalyzer();
    const textbox = screen.getByRole('textbox', { name: 'Agent reply' });
    await user.type(textbox, 'Hello');
    await user.clear(textbox);

    const message = 'The reply is empty: type at least one word.';
    expect(await screen.findByText(message, { selector: '[role="status"]' })).toBeInTheDocument();
    expect(textbox).toHaveAttribute('aria-invalid', 'true');
    expect(textbox).toHaveAccessibleDescription(expect.stringContaining(message) as string);
  });

  it('reads the customer emotion from their message and coaches for it', async () => {
    const { user } = await renderAnalyzer();
    await user.type(
      screen.getByRole('textbox', { name: "Customer's last message (optional)" }),
      'This is garbage, never again!',
    );
    await user.type(screen.getByRole('textbox', { name: 'Agent reply' }), 'Please restart the app.');

    const coaching = await region('Customer and coaching');
    expect(await within(coaching).findByText('Customer emotion: angry')).toBeInTheDocument();
    expect(within(coaching).getByText('(read from their message)')).toBeInTheDocument();
    expect(within(coaching).getByText(/apologise and acknowledge their feelings/)).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Customer emotion' }), 'Anxious');
    expect(await within(coaching).findByText('Customer emotion: anxious')).toBeInTheDocument();
    expect(within(coaching).getByText('(chosen by you)')).toBeInTheDocument();
    expect(within(coaching).getByText(/give a concrete time frame/)).toBeInTheDocument();
  });

  it('reads the reply in the language picked, not the detected one', async () => {
    const { user } = await renderAnalyzer();
    await user.type(screen.getByRole('textbox', { name: 'Agent reply' }), 'Sorry about that.');
    expect(await screen.findByText(/^Read as English \(detected\)/)).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Reply language' }), '中文');
    expect(await screen.findByText(/^Read as Chinese:/)).toBeInTheDocument();
  });

  it('fills in an example reply and its customer message from a button', async () => {
    const { user } = await renderAnalyzer();
    await user.click(screen.getByRole('button', { name: 'Forbidden phrases' }));

    expect(screen.getByRole('textbox', { name: 'Agent reply' })).toHaveValue(
      "That's impossible, it's not my department. Please tell me the verification code we texted you.",
    );
    expect(screen.getByRole('textbox', { name: "Customer's last message (optional)" })).toHaveValue(
      'This app is garbage, I was charged twice!',
    );
    const forbidden = await region('Forbidden phrases');
    expect(await within(forbidden).findByRole('heading', { name: 'Privacy risk' })).toBeInTheDocument();
    expect(within(forbidden).getByRole('heading', { name: 'Blame-shifting' })).toBeInTheDocument();
    expect(
      within(await region('Customer and coaching')).getByText('Customer emotion: angry'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear all fields' }));
    expect(screen.getByRole('textbox', { name: 'Agent reply' })).toHaveValue('');
    expect(status()).toHaveTextContent('Type a reply or pick an example');
  });

  it('relabels the page when the interface language is switched to zh-CN', async () => {
    const { user } = await renderAnalyzer();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Interface language' }), '简体中文');

    expect(await screen.findByRole('heading', { level: 1, name: '回复分析器' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '界面语言' })).toHaveValue('zh-CN');
    const textbox = screen.getByRole('textbox', { name: '坐席回复' });
    expect(screen.getByRole('combobox', { name: '客户情绪' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '禁用语' })).toBeInTheDocument();

    await user.type(textbox, '非常抱歉给您带来不便，请问您用的是什么设备？');
    expect(await screen.findByText(/^按中文（自动识别）分析/)).toBe(status());
    expect(within(await region('识别到的信号')).getByRole('heading', { name: '共情' })).toBeInTheDocument();
    expect(within(await region('识别到的信号')).getByText('提问层级：聚焦式')).toBeInTheDocument();
  });
});
