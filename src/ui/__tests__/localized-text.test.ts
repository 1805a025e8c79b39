import { describe, expect, it } from 'vitest';
import { pickLocalized } from '../localized-text.ts';

const TEXT = { en: 'Locked out', 'zh-CN': '登录不上' };

describe('pickLocalized', () => {
  it('uses the interface language when the scenario offers it', () => {
    expect(pickLocalized(TEXT, 'zh-CN', ['en', 'zh-CN'])).toEqual({ text: '登录不上', lang: 'zh-CN' });
  });

  it('gives a zh-TW reader the zh-CN text before the first locale', () => {
    expect(pickLocalized(TEXT, 'zh-TW', ['en', 'zh-CN'])).toEqual({ text: '登录不上', lang: 'zh-CN' });
  });

  it('falls back to the scenario’s first locale', () => {
    expect(pickLocalized(TEXT, 'de', ['zh-CN', 'en'])).toEqual({ text: '登录不上', lang: 'zh-CN' });
    expect(pickLocalized(TEXT, 'zh-TW', ['en'])).toEqual({ text: 'Locked out', lang: 'en' });
  });

  it('skips a locale the text lacks', () => {
    expect(pickLocalized({ en: 'Only English' }, 'zh-CN', ['zh-CN', 'en'])).toEqual({
      text: 'Only English',
      lang: 'en',
    });
  });
});
