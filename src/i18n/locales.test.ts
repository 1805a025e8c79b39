import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';
import zhTW from './locales/zh-TW.json';
import { NAMESPACES, toUiLanguage, UI_LANGUAGES, type Namespace, type UiLanguage } from './i18n.ts';

const FILES = import.meta.glob<Catalog>('./locales/**/*.json', { import: 'default', eager: true });

/** the words of one namespace in one language, as the app loads them */
function words(lng: UiLanguage, ns: Namespace): Catalog {
  const file = ns === 'translation' ? `./locales/${lng}.json` : `./locales/${ns}/${lng}.json`;
  const catalog = FILES[file];
  if (!catalog) throw new Error(`missing ${file}`);
  return catalog;
}

type Catalog = { [key: string]: string | Catalog };

/** every leaf key with its placeholders; plural forms fold into one key, since languages need different ones */
function leaves(catalog: Catalog, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') {
      const base = path.replace(/_(zero|one|two|few|many|other)$/, '');
      const params = [...value.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).filter((p) => p !== 'count');
      const seen = out.get(base);
      const joined = [...new Set(params)].sort().join(',');
      out.set(base, seen && seen.length > joined.length ? seen : joined);
    } else {
      for (const [k, v] of leaves(value, path)) out.set(k, v);
    }
  }
  return out;
}

describe('locale catalogs', () => {
  const base = leaves(en);

  it.each([
    ['zh-CN', zhCN],
    ['zh-TW', zhTW],
  ])('%s has every key of en with the same placeholders', (_name, catalog) => {
    const other = leaves(catalog);
    expect([...other.keys()].sort()).toEqual([...base.keys()].sort());
    for (const [key, params] of base) expect({ key, params: other.get(key) }).toEqual({ key, params });
  });

  it('gives every plural key an "other" form in every language', () => {
    for (const catalog of [en, zhCN, zhTW] as Catalog[]) {
      const result = (catalog.analyzer as Catalog).result as Catalog;
      expect(result.forbiddenCount_other).toEqual(expect.any(String));
      expect(result.forbiddenCount_zero).toEqual(expect.any(String));
    }
  });

  it('has no empty strings', () => {
    for (const catalog of [en, zhCN, zhTW] as Catalog[]) {
      const empty = JSON.stringify(catalog).match(/"[^"]+":""/g);
      expect(empty).toBeNull();
    }
  });
});

describe('feature namespaces', () => {
  it.each(NAMESPACES.filter((ns) => ns !== 'translation'))(
    '%s has the same keys and placeholders in every language',
    (ns) => {
      const base = leaves(words('en', ns));
      for (const lng of ['zh-CN', 'zh-TW'] as const) {
        const other = leaves(words(lng, ns));
        expect({ lng, keys: [...other.keys()].sort() }).toEqual({ lng, keys: [...base.keys()].sort() });
        for (const [key, params] of base)
          expect({ lng, key, params: other.get(key) }).toEqual({ lng, key, params });
      }
    },
  );
});

describe('locale files', () => {
  it('has a file for every language and namespace, and no other', () => {
    const expected = UI_LANGUAGES.flatMap((lng) =>
      NAMESPACES.map((ns) =>
        ns === 'translation' ? `./locales/${lng}.json` : `./locales/${ns}/${lng}.json`,
      ),
    );
    expect(Object.keys(FILES).sort()).toEqual(expected.sort());
  });
});

describe('toUiLanguage', () => {
  it.each([
    ['en', 'en'],
    ['en-GB', 'en'],
    ['zh', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh-TW', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['zh-MO', 'zh-TW'],
    ['zh-Hant', 'zh-TW'],
    ['zh_Hant_HK', 'zh-TW'],
    ['fr-FR', 'fr-FR'],
  ])('maps %s to %s', (tag, expected) => {
    expect(toUiLanguage(tag)).toBe(expected);
  });
});
