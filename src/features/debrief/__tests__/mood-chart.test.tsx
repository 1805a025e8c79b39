import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/i18n.ts';
import { MoodChart } from '../components/mood-chart.tsx';

function timeLabels(trace: { at: number; mood: number }[], endAt: number): string[] {
  const { container } = render(
    <I18nextProvider i18n={i18n}>
      <MoodChart trace={trace} endAt={endAt} leavesAt={10} />
    </I18nextProvider>,
  );
  // the bottom axis is the one whose labels read as a clock
  return [...container.querySelectorAll('.mood-chart__tick text')]
    .map((t) => t.textContent ?? '')
    .filter((text) => text.includes(':'));
}

describe('MoodChart', () => {
  beforeAll(async () => {
    await i18n.changeLanguage('en');
  });

  it('labels the time axis of a two-second conversation with each second once', () => {
    const labels = timeLabels(
      [
        { at: 0, mood: 7 },
        { at: 1100, mood: 8 },
        { at: 2000, mood: 10 },
      ],
      2000,
    );
    expect(labels).toEqual(['0:00', '0:01', '0:02']);
  });

  it('keeps several distinct labels for a conversation of minutes', () => {
    const labels = timeLabels(
      [
        { at: 0, mood: 7 },
        { at: 95_000, mood: 5 },
        { at: 250_000, mood: 2 },
      ],
      250_000,
    );
    expect(labels.length).toBeGreaterThanOrEqual(4);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels[0]).toBe('0:00');
  });
});
