/** a sentence of the normalised reply: [start, end) without its terminator */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** it ended with a question mark */
  asked: boolean;
  /** it ended with "?!" or "!?": surprise ("An empty box?!"), not a question of itself */
  exclaimed: boolean;
  /** offsets (relative to the sentence) where a new clause starts */
  clauseStarts: number[];
}

const TERMINATORS = new Set(['!', '?', '。', ';', '\n', '…']);
// an emoji between words ends a clause too ("You are talking to a human 🙂 Tell me what happened"), and so does a space
// between Chinese characters, which chat typing puts where a comma would be ("请问订单号是多少呀 我帮您查一下")
const CLAUSE_BREAK =
  /[,:、]\s*|\s(?=(?:but|however|although|though|except|whereas)\b)|(?=但是|但|不过|可是|然而|否则)|\p{Extended_Pictographic}\uFE0F?\s+|(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])/gu;

function isSentenceDot(text: string, i: number): boolean {
  // "3.5 days", "e.g.", "v2.1" are not sentence ends; ". " and a final "." are
  const next = text[i + 1];
  if (next === undefined) return true;
  if (next === ' ' || next === '\n' || next === '"' || next === "'" || next === ')') return true;
  return /[\u3400-\u9fff]/.test(next);
}

/** splits masked normalised text into sentences and clauses */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  let i = 0;
  const flush = (end: number, terminatorEnd: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    // a sentence needs a letter or a digit, or an emoji of its own ("… again? 🙄" rolls its eyes after the question)
    if (/[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(body)) {
      const terms = text.slice(end, terminatorEnd);
      sentences.push({
        start: start + lead,
        end: start + lead + body.length,
        text: body,
        asked: terms.includes('?'),
        exclaimed: terms.includes('?') && terms.includes('!'),
        clauseStarts: clauseStartsOf(body),
      });
    }
    start = terminatorEnd;
  };
  while (i < text.length) {
    const ch = text[i] as string;
    if (TERMINATORS.has(ch) || (ch === '.' && isSentenceDot(text, i))) {
      let j = i + 1;
      while (j < text.length && (TERMINATORS.has(text[j] as string) || text[j] === '.' || text[j] === ' '))
        j++;
      flush(i, j);
      i = j;
      continue;
    }
    i++;
  }
  if (start < text.length) flush(text.length, text.length);
  return sentences;
}

function clauseStartsOf(body: string): number[] {
  const starts = [0];
  for (const m of body.matchAll(CLAUSE_BREAK)) {
    const at = (m.index ?? 0) + m[0].length;
    if (at > 0 && at < body.length && at !== starts[starts.length - 1]) starts.push(at);
  }
  return starts;
}

/** index of the clause that holds relative offset `at` */
export function clauseAt(sentence: Sentence, at: number): number {
  let k = 0;
  while (k + 1 < sentence.clauseStarts.length && (sentence.clauseStarts[k + 1] as number) <= at) k++;
  return k;
}
