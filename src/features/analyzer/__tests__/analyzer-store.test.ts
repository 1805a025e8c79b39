import { describe, expect, it } from 'vitest';
import { EMPTY_DRAFT, readDraft } from '../analyzer-store.ts';

describe('readDraft', () => {
  it('keeps a well-formed stored draft', () => {
    const draft = { reply: 'hi', customer: 'help', emotion: 'anger', lang: 'zh', touched: true };
    expect(readDraft(draft)).toEqual(draft);
  });

  it('replaces malformed fields with empty-draft values and drops unknown ones', () => {
    expect(
      readDraft({ reply: 42, customer: null, emotion: 'furious', lang: 'fr', touched: 'yes', extra: 1 }),
    ).toEqual(EMPTY_DRAFT);
  });

  it('returns the empty draft for anything that is not an object', () => {
    expect(readDraft(null)).toEqual(EMPTY_DRAFT);
    expect(readDraft('reply')).toEqual(EMPTY_DRAFT);
  });
});
