import type { Locale, LocalizedText } from '../engine/scenario/index.ts';
import { LOCALES } from '../engine/scenario/constants.ts';

export interface Localized {
  text: string;
  /** the language the text is in, for the element's `lang` */
  lang: Locale;
}

function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

function sibling(locale: string): Locale | null {
  if (locale === 'zh-CN') return 'zh-TW';
  if (locale === 'zh-TW') return 'zh-CN';
  return null;
}

/**
 * A scenario's text in the interface language when the scenario offers it, else in the other Chinese script
 * (a zh-TW reader reads zh-CN more easily than English), else in the scenario's first locale; with its language.
 */
export function pickLocalized(
  text: LocalizedText,
  preferred: string,
  available: readonly Locale[],
): Localized {
  const order: Locale[] = [];
  const near = sibling(preferred);
  if (isLocale(preferred) && available.includes(preferred)) order.push(preferred);
  if (near && available.includes(near)) order.push(near);
  order.push(...available, ...LOCALES);
  for (const lang of order) {
    const value = text[lang];
    if (value) return { text: value, lang };
  }
  return { text: '', lang: available[0] ?? 'en' };
}
