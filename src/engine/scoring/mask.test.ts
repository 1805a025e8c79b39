import { describe, expect, it } from 'vitest';
import { maskQuoted, maskReportedSpeech } from './mask.ts';
import { normalizeText } from './normalize.ts';

function spoken(text: string, customer?: string): string {
  const norm = normalizeText(text).text;
  return maskReportedSpeech(maskQuoted(norm), customer === undefined ? undefined : normalizeText(customer).text);
}

describe('maskReportedSpeech', () => {
  it('blanks what the customer is reported to have said', () => {
    expect(spoken('您说订单没收到,我马上查')).toBe(`您说${' '.repeat('订单没收到'.length)},我马上查`);
    expect(spoken('you said it never arrived, let me check')).toBe(`you said${' '.repeat(' it never arrived'.length)}, let me check`);
    expect(spoken('刚才听您说扣了两次钱')).toBe(`刚才听您说${' '.repeat('扣了两次钱'.length)}`);
  });

  it('keeps the agent talking to the customer: 跟您说, 和你讲, 给您说 are the agent\'s own words', () => {
    expect(spoken('跟您说了也没用')).toBe('跟您说了也没用');
    expect(spoken('我都和你讲了今天肯定到')).toBe('我都和你讲了今天肯定到');
    expect(spoken('我再给您说一下步骤')).toBe('我再给您说一下步骤');
  });

  it('reads traditional Chinese the same way after normalisation', () => {
    expect(spoken('跟您說了也沒用')).toBe(normalizeText('跟您說了也沒用').text);
    expect(spoken('給您說過了')).toBe(normalizeText('給您說過了').text);
  });

  it('blanks text quoted from the customer', () => {
    expect(maskQuoted('the app says "payment failed" again')).toBe('the app says "              " again');
  });
});
