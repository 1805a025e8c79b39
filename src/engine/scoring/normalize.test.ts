import { describe, expect, it } from 'vitest';
import { findLoneSurrogate, normalizeText, toOriginalRange } from './normalize.ts';

describe('normalizeText', () => {
  it('folds width, case, curly quotes, spaces and traditional characters', () => {
    expect(normalizeText('  Ｈｅｌｌｏ，  WORLD？ I’m   here').text).toBe("hello, world? i'm here");
    expect(normalizeText('請提供帳號與驗證碼').text).toBe('请提供帐号与验证码');
    expect(normalizeText('著急，等著吧；著名').text).toBe('着急,等着吧;著名');
  });

  it('joins letters spelled out to hide a word', () => {
    expect(normalizeText('your p a s s w o r d').text).toBe('your password');
    // a chat-speak "u" after a spelled secret stays a word of its own
    expect(normalizeText('send the o t p u got').text).toBe('send the otp u got');
    expect(normalizeText('the c-o-d-e u r seeing').text).toBe('the code u r seeing');
    expect(normalizeText('the o t p please').text).toBe('the otp please');
    expect(normalizeText('a b c').text).toBe('a b c');
  });

  it('puts back the apostrophe chat typing drops, where the bare spelling is no other word', () => {
    expect(normalizeText('I CANT help, im sorry, thats it. u shouldve said, dont worry').text).toBe(
      "i can't help, i'm sorry, that's it. u should've said, don't worry",
    );
    expect(normalizeText('were well, its ill, it lets you, we wed').text).toBe(
      'were well, its ill, it lets you, we wed',
    );
    const original = 'Sorry, Thats NOT right';
    const n = normalizeText(original);
    const at = n.text.indexOf("that's");
    const { start, end } = toOriginalRange(n, at, at + "that's not".length);
    expect(original.slice(start, end)).toBe('Thats NOT');
  });

  it('fixes two swapped letters in common words, in place', () => {
    const original = 'Tell me the code you RECIEVED, chekc thier passowrd';
    const n = normalizeText(original);
    expect(n.text).toBe('tell me the code you received, check their password');
    expect(n.text.length).toBe(original.length);
    const at = n.text.indexOf('received');
    const { start, end } = toOriginalRange(n, at, at + 'received'.length);
    expect(original.slice(start, end)).toBe('RECIEVED');
    expect(normalizeText('the tehran office, a receipt, i believe').text).toBe(
      'the tehran office, a receipt, i believe',
    );
  });

  it('joins Chinese characters spelled out with spaces, and leaves spaced words alone', () => {
    const original = '亲 验 证 码 发 一 下';
    const n = normalizeText(original);
    expect(n.text).toBe('亲验证码发一下');
    const at = n.text.indexOf('验证码');
    const { start, end } = toOriginalRange(n, at, at + 3);
    expect(original.slice(start, end)).toBe('验 证 码');
    expect(normalizeText('好的 我帮您查 订单号多少').text).toBe('好的 我帮您查 订单号多少');
  });

  it('maps every normalised range back to the original text', () => {
    const original = '　Ｓｏｒｒｙ 🙏  請提供驗證碼';
    const n = normalizeText(original);
    const at = n.text.indexOf('验证码');
    const { start, end } = toOriginalRange(n, at, at + 3);
    expect(original.slice(start, end)).toBe('驗證碼');
    const sorry = toOriginalRange(n, n.text.indexOf('sorry'), n.text.indexOf('sorry') + 5);
    expect(original.slice(sorry.start, sorry.end)).toBe('Ｓｏｒｒｙ');
  });

  it('drops zero-width and control characters and reports the latter', () => {
    const n = normalizeText('so\u200brry\u0007!');
    expect(n.text).toBe('sorry !');
    expect(n.controlCharacters).toBe(true);
  });

  it('finds lone surrogates and accepts pairs', () => {
    expect(findLoneSurrogate('ok 😀')).toBe(-1);
    expect(findLoneSurrogate('ab\udc00')).toBe(2);
    expect(findLoneSurrogate('\ud83d')).toBe(0);
  });

  it('reads a long reply whole, and nothing of it leaks into the next one', () => {
    const long = normalizeText(`${'Ｗ'.repeat(3000)} p a s s w o r d`);
    expect(long.text).toBe(`${'w'.repeat(3000)} password`);
    expect([
      long.starts.length,
      long.starts[2999],
      long.ends[2999],
      long.starts[3008],
      long.ends[3008],
    ]).toEqual([3009, 2999, 3000, 3015, 3016]);
    const short = normalizeText('Hi');
    expect([short.text, [...short.starts], [...short.ends]]).toEqual(['hi', [0, 1], [1, 2]]);
  });
});
