/**
 * Asks the browser to keep this site's storage under pressure instead of evicting it: without it, a full disk may
 * silently drop a trainee's weeks of progress. Asked once a profile exists (a reason the user can see), never
 * blocking: the answer is only reported. Chromium decides by engagement (or grants installed apps), Firefox may
 * prompt, Safari may decline; storage works either way.
 */
export async function requestPersistentStorage(
  storage: Pick<StorageManager, 'persist' | 'persisted'> | undefined = globalThis.navigator?.storage,
): Promise<'persisted' | 'not_granted' | 'unsupported'> {
  if (!storage || typeof storage.persist !== 'function') return 'unsupported';
  try {
    if (await storage.persisted()) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'not_granted';
  } catch {
    return 'unsupported';
  }
}
