import en from '../i18n/locales/en.json' with { type: 'json' };
import { CLI_MESSAGES } from './cli-messages.ts';

export interface Catalog {
  readonly [key: string]: string | Catalog;
}

export type MessageParams = Readonly<Record<string, string | number>>;

// the CLI shows analysis and scorecard words only; the app's own keys stay with the app
const EN: Catalog = { analysis: en.analysis, scorecard: en.scorecard, cli: CLI_MESSAGES };

/** the message at a dotted key with `{{param}}` filled in, or undefined when the catalog has none */
export function translate(catalog: Catalog, key: string, params: MessageParams = {}): string | undefined {
  let node: string | Catalog | undefined = catalog;
  for (const part of key.split('.')) {
    node = typeof node === 'object' && Object.hasOwn(node, part) ? node[part] : undefined;
  }
  if (typeof node !== 'string') return undefined;
  return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** the English message at a key; like i18next, a missing key comes back as the key itself */
export function t(key: string, params?: MessageParams): string {
  return translate(EN, key, params) ?? key;
}

/** whether the English catalog has a message at a key */
export function hasMessage(key: string): boolean {
  return translate(EN, key) !== undefined;
}
