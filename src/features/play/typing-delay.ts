/** how long the customer "types" a line: longer lines take longer, within reason */
export function defaultTypingDelay(text: string): number {
  return Math.min(2500, 400 + text.length * 18);
}
