import { describe, expect, it } from 'vitest';
import { formatDuration } from '../format-duration.ts';

describe('formatDuration', () => {
  it('writes time practised in the interface language', () => {
    expect(formatDuration(45_000, 'en')).toBe('45 seconds');
    expect(formatDuration(65 * 60_000 + 20_000, 'en')).toBe('1 hour, 5 minutes');
    expect(formatDuration(2 * 3_600_000, 'en')).toBe('2 hours');
    expect(formatDuration(65 * 60_000, 'zh-CN')).toBe('1小时5分钟');
    expect(formatDuration(60_000, 'zh-TW')).toMatch(/^1\s?分鐘$/);
  });
});
