import { describe, expect, it } from 'vitest';
import { maskQuoted, maskReportedSpeech } from './mask.ts';
import { normalizeText } from './normalize.ts';

function spoken(text: string, customer?: string): string {
  const norm = normalizeText(text).text;
  return maskReportedSpeech(
    maskQuoted(norm),
    customer === undefined ? undefined : normalizeText(customer).text,
  );
}

describe('maskReportedSpeech', () => {
  it('blanks what the customer is reported to have said', () => {
    expect(spoken('您说订单没收到,我马上查')).toBe(`您说${' '.repeat('订单没收到'.length)},我马上查`);
    expect(spoken('you said it never arrived, let me check')).toBe(
      `you said${' '.repeat(' it never arrived'.length)}, let me check`,
    );
    expect(spoken('刚才听您说扣了两次钱')).toBe(`刚才听您说${' '.repeat('扣了两次钱'.length)}`);
  });

  it("keeps the agent talking to the customer: 跟您说, 和你讲, 给您说 are the agent's own words", () => {
    expect(spoken('跟您说了也没用')).toBe('跟您说了也没用');
    expect(spoken('我都和你讲了今天肯定到')).toBe('我都和你讲了今天肯定到');
    expect(spoken('我再给您说一下步骤')).toBe('我再给您说一下步骤');
  });

  it('keeps a request for the customer to say something: 您说一下, 你说说, 您讲清楚 ask, they do not report', () => {
    expect(spoken('您说一下之前设置的支付密码')).toBe('您说一下之前设置的支付密码');
    expect(spoken('你说说看是哪个商品')).toBe('你说说看是哪个商品');
    expect(spoken('您讲清楚是哪一单')).toBe('您讲清楚是哪一单');
    // "您说下周…" still reports what the customer said
    expect(spoken('您说下周再来')).toBe(`您说${' '.repeat('下周再来'.length)}`);
  });

  it("keeps the agent's verdict on how something was said: 您说得好像很严重 reports nothing", () => {
    expect(spoken('您说得好像很严重')).toBe('您说得好像很严重');
    expect(spoken('你讲得太夸张了')).toBe('你讲得太夸张了');
    expect(spoken('您说的是上周那单')).toBe(`您说的是${' '.repeat('上周那单'.length)}`);
  });

  it('reads traditional Chinese the same way after normalisation', () => {
    expect(spoken('跟您說了也沒用')).toBe(normalizeText('跟您說了也沒用').text);
    expect(spoken('給您說過了')).toBe(normalizeText('給您說過了').text);
  });

  it('blanks a run of three or more words copied from the customer, not two shared words or a run across punctuation', () => {
    const customer = 'My account got banned without warning';
    expect(spoken('So your account got banned without warning, right?', customer)).toBe(
      `so your${' '.repeat(' account got banned without warning'.length)}, right?`,
    );
    expect(spoken('Accounts are never banned without a warning first.', customer)).toBe(
      'accounts are never banned without a warning first.',
    );
    expect(spoken("And I've answered 3 times: when it expires.", 'asked you 3 times, when will it end')).toBe(
      "and i've answered 3 times: when it expires.",
    );
    expect(spoken('您的账号被封了没有任何提醒,我马上核实', '我的账号被封了没有任何提醒')).toBe(
      `您${' '.repeat('的账号被封了没有任何提醒'.length)},我马上核实`,
    );
  });

  it('blanks text quoted from the customer', () => {
    expect(maskQuoted('the app says "payment failed" again')).toBe('the app says "              " again');
  });

  it('blanks a single-quoted phrase with a contraction inside, and leaves apostrophes outside quotes alone', () => {
    expect(maskQuoted("being told 'you're too sensitive' hurts")).toBe(
      `being told '${' '.repeat("you're too sensitive".length)}' hurts`,
    );
    expect(maskQuoted("it's not the seller's fault, i can't say")).toBe(
      "it's not the seller's fault, i can't say",
    );
  });
});
