import { describe, expect, it } from 'vitest';
import { findContextCues } from './context-cues.ts';
import { normalizeText } from './normalize.ts';

function cues(reply: string, customer: string | undefined, lang: 'en' | 'zh'): string[] {
  const r = normalizeText(reply).text;
  const c = customer === undefined ? undefined : normalizeText(customer).text;
  return findContextCues(r, c, lang).map((cue) => r.slice(cue.start, cue.end));
}

describe('findContextCues', () => {
  it('flags asking for "it" when the customer has named a code', () => {
    expect(
      cues(
        'Yes that is us. Go ahead and read it out to me so I can finish.',
        'I got a text with a code, is that from you?',
        'en',
      ),
    ).toEqual(['read it out to me']);
    expect(
      cues(
        'It might be delayed. When it does come in, just drop it here in the chat.',
        'the login code never arrives',
        'en',
      ),
    ).toEqual(['drop it here in the chat']);
    expect(cues('No problem, type them here when they show up', 'where do the six digits go?', 'en')).toEqual(
      ['type them here'],
    );
    expect(cues('收到的话直接发过来就行。', '验证码一直收不到', 'zh')).toEqual(['发过来']);
    expect(cues('好的,您念给我听一下?', '我收到一个六位数字', 'zh')).toEqual(['念给我']);
    expect(cues('收到後報給我。', '簡訊驗證碼收到了', 'zh')).toEqual(['报给我']);
  });

  it('flags asking for "it" when an earlier sentence of the reply names the code', () => {
    expect(cues('Did a code come through? If so, read it out to me.', undefined, 'en')).toEqual([
      'read it out to me',
    ]);
    expect(cues('验证码收到了吗?收到了就发我。', undefined, 'zh')).toEqual(['发我']);
  });

  it('leaves the request alone when nothing secret was named', () => {
    expect(cues('Could you send it over? The screenshot, I mean.', 'the app shows an error', 'en')).toEqual(
      [],
    );
    expect(cues('截图发过来我看看。', '页面一直报错', 'zh')).toEqual([]);
  });

  it('leaves warnings, the official flow and the agent sending alone', () => {
    expect(cues("Please don't read it out to me or anyone else.", 'I got a code', 'en')).toEqual([]);
    expect(cues('Type it in the app, not here.', 'I got a code', 'en')).toEqual([]);
    expect(cues('验证码不要发给我,在官方页面输入就行。', '收到验证码了', 'zh')).toEqual([]);
    expect(cues('新的链接我马上发过来。', '验证码过期了', 'zh')).toEqual([]);
  });

  it('leaves a request alone that names a thing other than the secret, and flags one that points back to it', () => {
    expect(
      cues('官方不会找您要验证码。麻烦您把对方的账号截图发给我。', '有人让我告诉他验证码', 'zh'),
    ).toEqual([]);
    expect(cues('请不要给!可以把對方的帳號名稱貼給我嗎?', '有人要我給簡訊驗證碼', 'zh')).toEqual([]);
    expect(cues('好的,把它发给我。', '验证码收到了', 'zh')).toEqual(['发给我']);
    expect(cues('把收到的发给我就行。', '验证码收到了', 'zh')).toEqual(['发给我']);
  });
});
