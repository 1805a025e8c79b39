/** time practised in words of the interface language: "1 hour, 5 minutes", "1小时5分钟", "45 seconds" */
export function formatDuration(ms: number, locale: string): string {
  const unit = (value: number, name: 'hour' | 'minute' | 'second') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
  const totalSeconds = Math.max(0, Math.round(ms / 1000));
  if (totalSeconds < 60) return unit(totalSeconds, 'second');
  const totalMinutes = Math.floor(totalSeconds / 60);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  const parts: string[] = [];
  if (hours > 0) parts.push(unit(hours, 'hour'));
  if (minutes > 0 || hours === 0) parts.push(unit(minutes, 'minute'));
  return new Intl.ListFormat(locale, { type: 'unit', style: 'long' }).format(parts);
}
