/**
 * The agent is judged on their own words: quoted text and the customer's words repeated back are blanked out
 * (with spaces, so offsets stay) before the rules read the reply.
 */
const QUOTED =
  /"[^"\n]{1,200}"|「[^」\n]{1,200}」|『[^』\n]{1,200}』|《[^》\n]{1,100}》|(?<![a-z])'(?:[^'\n]|(?<=[a-z])'(?=[a-z])){2,200}'(?![a-z])/g;

function blank(text: string, from: number, to: number): string {
  return text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
}

export function maskQuoted(text: string): string {
  let out = text;
  for (const m of text.matchAll(QUOTED)) {
    const at = m.index ?? 0;
    out = blank(out, at + 1, at + m[0].length - 1);
  }
  return out;
}

// "you said ...", "您说…": what follows is the customer's claim, not the agent's; "跟您说 / 和你讲 / 给您说" is the
// agent talking to the customer, "您说一下 / 你说说 / 您讲清楚" asks the customer to say something, and "您说得好像很严重"
// is the agent's verdict on how it was said: all three stay in
// (traditional text is already simplified here: 給您說 -> 给您说)
const REPORTED =
  /\b(?:you|u) (?:said|say|says|mentioned|wrote|told (?:me|us)|are saying|'re saying|were saying|claim(?:ed)?)\b(?: that)?|(?<![跟和给对向同与替帮])(?:您|你)(?:刚才|之前|刚刚)?(?:是)?(?:说|指|提到|反映|表示|讲)(?!一下|说|讲|吧|给我|清楚|具体|详细|来听|下(?![周个午次月单回])|得|的(?:很|非常|完全|确实)?(?:对|没错|有道理|在理))(?:的)?(?:是)?/g;
// "卖家反过来说是您弄坏的", "她却觉得你矫情", "the seller claims you broke it": a third party's claim that the agent
// relays, often to confirm it with the customer, is theirs, not the agent's
const THIRD_PARTY_SAYS =
  /\b(?:he|she|they|the (?:seller|merchant|buyer|courier|driver|rider|streamer|creator|shop|store|bank|landlord|teacher|boss))(?: (?:then|even|also|apparently|now|still))? (?:claims?|claimed|insists?|insisted|accused you|thinks?|thought|called you)\b(?: that)?|(?<![跟和给对向同与替帮])(?:他|她|他们|她们|卖家|商家|店家|对方|快递员|快递小哥|骑手|司机|主播|老师|老板|同事|人家|爸妈|父母|老公|老婆|男朋友|女朋友)(?:反过来|反倒|反而|却|还|居然|竟然|倒|都|就|也)*(?:说|觉得|认为|嫌|指责|咬定|坚持说|一口咬定)(?![的得])(?:是)?/g;
const CLAUSE_END = /[,.!?;。、\n]|\bbut\b|但/g;

/** blanks what the customer is reported to have said, and long stretches copied from the customer's message */
export function maskReportedSpeech(text: string, customer: string | undefined): string {
  let out = text;
  for (const m of [...text.matchAll(REPORTED), ...text.matchAll(THIRD_PARTY_SAYS)]) {
    const from = (m.index ?? 0) + m[0].length;
    CLAUSE_END.lastIndex = from;
    const end = CLAUSE_END.exec(text);
    out = blank(out, from, end ? end.index : text.length);
  }
  if (customer && customer.length >= 6 && text.length <= 4000 && customer.length <= 4000) {
    out = maskCopied(out, customer);
  }
  return out;
}

const WINDOW = 12;
const WORD = /[a-z0-9']+/g;
const HAN = /[\u3400-\u9fff]/;
// a run of words copied from the customer is an echo when it is at least this many words and WINDOW characters long;
// two shared words ("the streamer", "banned without") are the agent's own sentence about the same thing
const MIN_WORDS = 3;
const FUNCTION_WORD = new Set(
  'the a an this that these those my your ur our their his her its it i you we they he she me us them to of from in on at for with by and or but is are was were be been do does did have has had not no so as if then than'.split(
    ' ',
  ),
);

/** blanks stretches copied from the customer: Chinese by characters, other text by whole words */
function maskCopied(text: string, customer: string): string {
  const covered = new Uint8Array(text.length);
  for (let i = 0; i + WINDOW <= text.length; i++) {
    const piece = text.slice(i, i + WINDOW);
    if (!HAN.test(piece) || piece.trim().length < WINDOW - 2) continue;
    if (customer.includes(piece)) covered.fill(1, i, i + WINDOW);
  }
  const said = ` ${(customer.match(WORD) ?? []).join(' ')} `;
  const words = [...text.matchAll(WORD)];
  for (let i = 0; i < words.length; i++) {
    let run = ` ${(words[i] as RegExpExecArray)[0]}`;
    let last = -1;
    for (let j = i; j < words.length; j++) {
      if (j > i) {
        const prev = words[j - 1] as RegExpExecArray;
        const word = words[j] as RegExpExecArray;
        // an echo does not run across punctuation: "3 times: when" is two clauses
        if (text.slice(prev.index + prev[0].length, word.index).trim() !== '') break;
        run += ` ${word[0]}`;
      }
      if (!said.includes(`${run} `)) break;
      last = j;
    }
    if (last - i + 1 < MIN_WORDS) continue;
    // "the code from" is the agent's own request about the customer's thing: an echo carries two words of substance
    let substance = 0;
    for (let j = i; j <= last; j++) if (!FUNCTION_WORD.has((words[j] as RegExpExecArray)[0])) substance++;
    if (substance < 2) continue;
    const from = (words[i] as RegExpExecArray).index;
    const lastWord = words[last] as RegExpExecArray;
    const to = lastWord.index + lastWord[0].length;
    if (to - from < WINDOW) continue;
    covered.fill(1, from, to);
    // the run was read as far as it goes: go on after it, which keeps a long copied reply linear
    i = last;
  }
  let out = '';
  for (let i = 0; i < text.length; i++) out += covered[i] ? ' ' : text[i];
  return out;
}
