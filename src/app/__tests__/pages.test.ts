import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../i18n/i18n.ts';
import { PAGES, preloadPage } from '../pages.ts';

function spies() {
  return Object.fromEntries(
    Object.entries(PAGES).map(([name, page]) => [name, vi.spyOn(page, 'load').mockResolvedValue(() => null)]),
  );
}

describe('preloadPage', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ['/', 'catalog'],
    ['/play/login-failure-angry', 'play'],
    ['/attempts/5f0c6a52-6a55-4b8e-9a53-2f6d1c7b8e10', 'debrief'],
    ['/progress', 'progress'],
    ['/settings', 'settings'],
    ['/analyzer', 'analyzer'],
  ])('starts loading the code of the page at %s, and only that page', async (path, name) => {
    const load = spies();
    await preloadPage(path);
    for (const [page, spy] of Object.entries(load)) {
      expect(spy, page).toHaveBeenCalledTimes(page === name ? 1 : 0);
    }
  });

  it('starts on what a page will surely need: the scenario a /play address names', async () => {
    spies();
    const prefetch = vi.spyOn(PAGES.play, 'prefetch').mockImplementation(() => undefined);
    await preloadPage('/play/login-failure-angry');
    expect(prefetch).toHaveBeenCalledExactlyOnceWith({ scenarioId: 'login-failure-angry' });
  });

  it("loads the page's own words too, once the language is settled", async () => {
    spies();
    const words = vi.spyOn(i18n, 'loadNamespaces');
    await preloadPage('/progress');
    expect(words).toHaveBeenCalledWith(['progress']);
  });

  it('loads nothing for an address with no page', async () => {
    const load = spies();
    await preloadPage('/no-such-page');
    await preloadPage('/play');
    for (const spy of Object.values(load)) expect(spy).not.toHaveBeenCalled();
  });

  it('settles once the code is in, and never rejects: a page that cannot load says so when it renders', async () => {
    vi.spyOn(PAGES.debrief, 'load').mockRejectedValue(new Error('offline'));
    await expect(preloadPage('/attempts/x')).resolves.toBeUndefined();
    await preloadPage('/analyzer');
    expect(PAGES.analyzer.loaded()).toBeTypeOf('function');
  });

  it('loads a page once, however often it is asked for', async () => {
    const first = PAGES.settings.load();
    expect(PAGES.settings.load()).toBe(first);
    expect(typeof (await first)).toBe('function');
  });
});
