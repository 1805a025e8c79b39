import { distance } from 'fastest-levenshtein';

/** the closest known name, when it is close enough to be what the author meant */
export function suggest(input: string, known: readonly string[]): string | undefined {
  const needle = input.trim().toLowerCase();
  if (needle.length === 0) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(needle, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // a third of the word may be mistyped, at least one letter
  return bestDistance <= Math.max(1, Math.floor(needle.length / 3)) ? best : undefined;
}
