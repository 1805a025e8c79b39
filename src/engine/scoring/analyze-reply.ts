import type { RuleDocument, RuleMatch, Runnable } from './compile-lexicon.ts';
import { findCues, findHints, readCues, toRuleDocument } from './compile-lexicon.ts';
import { getLexicons, type LanguageLexicons } from './lexicons.ts';
import { findLoneSurrogate, normalizeText, toOriginalRange, type NormalizedText } from './normalize.ts';
import { findContextCues } from './context-cues.ts';
import { maskQuoted, maskReportedSpeech } from './mask.ts';
import { readFeatures } from './model/features.ts';
import { findWithModel, modelRuleId } from './model/forbidden-model.ts';
import { getForbiddenModel } from './model/model-files.ts';
import { clauseAt, splitSentences, type Sentence } from './segment.ts';
import type {
  AnalyzeOptions,
  CoachingCode,
  Emotion,
  Evidence,
  EvidenceKind,
  ForbiddenCategory,
  ForbiddenHit,
  InputErrorCode,
  Lang,
  QuestionLevel,
  ReplyAnalysis,
  SignalResult,
} from './types.ts';
import { FORBIDDEN_CATEGORIES, LANGS } from './types.ts';

/** the longest reply the analyzer reads, in UTF-16 units: a chat reply, with room to spare */
export const MAX_REPLY_LENGTH = 20_000;

/** invalid input: never thrown for a reply that is merely odd, only for one that cannot be read */
export class ReplyInputError extends Error {
  readonly code: InputErrorCode;
  readonly params: Readonly<Record<string, string | number>>;
  constructor(code: InputErrorCode, message: string, params: Record<string, string | number> = {}) {
    super(message);
    this.name = 'ReplyInputError';
    this.code = code;
    this.params = params;
  }
}

export type SafeAnalysis =
  | { ok: true; analysis: ReplyAnalysis }
  | {
      ok: false;
      error: { code: InputErrorCode; message: string; params: Readonly<Record<string, string | number>> };
    };

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/g;
const LATIN_WORD = /[a-z]{2,}/g;

/** the dominant language of normalised text: Chinese when Han characters carry at least a third of the letters */
export function detectLang(normalized: string): Lang {
  const han = normalized.match(HAN)?.length ?? 0;
  if (han === 0) return 'en';
  const latin = (normalized.match(LATIN_WORD) ?? []).reduce((n, w) => n + w.length, 0);
  return han * 3 >= latin ? 'zh' : 'en';
}

function scriptsPresent(normalized: string): Lang[] {
  const langs: Lang[] = [];
  if (/[a-z]{2,}/.test(normalized)) langs.push('en');
  if (/[\u3400-\u9fff]/.test(normalized)) langs.push('zh');
  return langs;
}

function validate(text: unknown, options: AnalyzeOptions | undefined): asserts text is string {
  if (typeof text !== 'string') {
    throw new ReplyInputError(
      'not_a_string',
      `the reply must be a string, got ${text === null ? 'null' : typeof text}`,
    );
  }
  if (text.length > MAX_REPLY_LENGTH) {
    throw new ReplyInputError(
      'text_too_long',
      `the reply is ${text.length} characters long; the analyzer reads at most ${MAX_REPLY_LENGTH}`,
      { length: text.length, max: MAX_REPLY_LENGTH },
    );
  }
  const bad = findLoneSurrogate(text);
  if (bad >= 0) {
    throw new ReplyInputError(
      'invalid_utf16',
      `the reply has a broken character (a lone UTF-16 surrogate) at offset ${bad}`,
      {
        offset: bad,
      },
    );
  }
  // a reply of punctuation alone ("?", "...") says something, coldly; only white space and control characters are empty
  if (!/[\p{L}\p{N}\p{S}\p{P}]/u.test(text)) {
    throw new ReplyInputError('empty_text', 'the reply is empty: type at least one word');
  }
  const lang = options?.lang as unknown;
  if (lang !== undefined && !LANGS.includes(lang as Lang)) {
    const shown = typeof lang === 'string' ? lang : JSON.stringify(lang);
    throw new ReplyInputError('invalid_lang', `unknown language '${shown}'; use one of ${LANGS.join(', ')}`, {
      lang: shown,
    });
  }
}

/**
 * Reads one trainee reply and says which signals it shows, where, by which rule, and what to say instead of a
 * forbidden phrase. Deterministic and pure; throws `ReplyInputError` only for input it cannot read.
 * @example
 * analyzeReply('So sorry for the wait! Which device are you using?').question.level // 'focused'
 */
export function analyzeReply(text: string, options?: AnalyzeOptions): ReplyAnalysis {
  validate(text, options);
  const norm = normalizeText(text);
  const lang = options?.lang ?? detectLang(norm.text);
  const customerNorm = options?.context?.customer ? normalizeText(options.context.customer).text : undefined;
  const masked = maskQuoted(norm.text);
  const forForbidden = maskReportedSpeech(masked, customerNorm);
  const sentences = splitSentences(masked);
  const doc = toRuleDocument(masked, sentences);
  const spoken = toRuleDocument(forForbidden, sentences);
  const langs = scriptsPresent(norm.text);
  if (!langs.includes(lang)) langs.unshift(lang);

  const collector = new Collector(norm, text);
  for (const l of langs) {
    const lex = getLexicons(l);
    analyzeWith(lex, doc, spoken, collector);
    // "read it out to me" asks for a secret when the customer, or the reply before it, named one
    for (const cue of findContextCues(forForbidden, customerNorm, l)) {
      const suggestion = lex.forbidden[cue.category].source.suggestion ?? '';
      collector.addForbiddenSpan(cue.category, cue.ruleId, cue.start, cue.end, suggestion);
    }
  }

  const isSurpriseBeforeCare = (sentence: Sentence): boolean => {
    const next = sentences[sentences.indexOf(sentence) + 1];
    const { words, han } = lengthOf(sentence.text);
    return next !== undefined && words + han <= 2 && collector.showsCare(next.start, next.end);
  };
  // the learned model finds paraphrases of a forbidden category that no rule names, in the reply's own language
  const lex = getLexicons(lang);
  for (const finding of findWithModel(getForbiddenModel(lang), readFeatures(forForbidden, lang))) {
    const strongest = finding.strongest[0];
    if (!strongest || collector.hasForbidden(finding.category)) continue;
    // the sentence the feature stands in, or the one its closing punctuation ends ("吗。" after "…了吗")
    const sentence =
      sentences.find((s) => s.start <= strongest.start && strongest.start < s.end) ??
      [...sentences].reverse().find((s) => s.end <= strongest.start);
    const suggestion = lex.forbidden[finding.category].source.suggestion ?? '';
    const [from, to] = sentence
      ? [afterContrast(forForbidden, sentence.start, strongest.start), sentence.end]
      : [strongest.start, strongest.end];
    // a sentence where the rules found care (a genuine question, empathy, reassurance) is not one the model may call
    // forbidden: the rules know a hostile question from a clarifying one and "it's not your fault" from blame, and
    // the words are the same ("what do you", "your fault")
    if (collector.showsCare(from, to)) continue;
    // a courteous well-wish closes kindly: "您满意就好,祝您生活愉快" is no brush-off
    if (finding.category !== 'absolute' && WELL_WISH.test(forForbidden.slice(from, to))) continue;
    // a word of surprise before a genuine question is concern, not impatience: "again? what exactly happened this time"
    if (finding.category === 'impatient' && sentence && isSurpriseBeforeCare(sentence)) continue;
    // nor one where the rules read a phrase of the category and a guard cleared it, nor a safety warning (a request
    // for a code that a guard cleared: "Never give anyone the code.")
    // (a "never" the rules read as a promise is no denial either: absolute and dismissive go together there)
    if (
      collector.cleared(finding.category, from, to) ||
      collector.cleared('privacy', from, to) ||
      (finding.category === 'dismissive' && collector.cleared('absolute', from, to))
    )
      continue;
    collector.addForbiddenSpan(finding.category, modelRuleId(lang, finding.category), from, to, suggestion);
  }

  // a short yes-no echo ("复杂吗?", "Moving out?") before a sentence that snaps, as the rules or the model read it, was
  // never asked; a question for information ("What's the tracking number? …") still is
  for (let i = 0; i + 1 < sentences.length; i++) {
    const echo = sentences[i] as Sentence;
    const next = sentences[i + 1] as Sentence;
    if (isShort(echo.text) && collector.snapsWithin(next.start, next.end))
      collector.dropEcho(echo.start, echo.end, echo.text);
  }

  const customerEmotion = options?.context?.emotion ?? detectEmotion(customerNorm);
  // a bare "yes" or "可以的" answers a customer's yes-no question; it is curt only where nothing was asked
  const answersQuestion =
    customerEmotion === 'none' &&
    customerAskedYesNo(customerNorm) &&
    (ASSENT.test(norm.text.trim()) || echoesTheQuestion(norm.text, customerNorm ?? ''));
  const forgives =
    APOLOGISED.test(customerNorm ?? '') &&
    FORGIVES.test(
      norm.text
        .replace(/[\p{Extended_Pictographic}\uFE0F.!。!~,]/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    );
  if (
    !answersQuestion &&
    !forgives &&
    (isCurtReply(norm.text) || (customerEmotion !== 'none' && isBareAcknowledgement(norm.text)))
  ) {
    collector.addCurtReply(lang, norm.text.length);
  }

  const analysis = collector.finish(text, lang, customerEmotion, norm.controlCharacters);
  return analysis;
}

/** `analyzeReply` that returns an error value instead of throwing */
export function safeAnalyzeReply(text: unknown, options?: AnalyzeOptions): SafeAnalysis {
  try {
    return { ok: true, analysis: analyzeReply(text as string, options) };
  } catch (error) {
    if (error instanceof ReplyInputError) {
      return { ok: false, error: { code: error.code, message: error.message, params: error.params } };
    }
    throw error;
  }
}

// a reply of a word or two is cold unless it is a courtesy, a holding line or a listener's 'go on'
const COURTESY_PHRASE = String.raw`(?:(?:thanks?|thank you|thx|cheers|hi|hello|hey|bye|goodbye)(?: [a-z]+)?|glad(?: (?:you're|you are|to hear|to help|it|that|it's)(?: [a-z']+)?)?|great|perfect|awesome|wonderful|excellent|my pleasure|happy to help|anytime|any time|you're all set|all set|you're welcome|welcome|hi|hello|hey|sure|of course|no problem|no worries|got it|on it|one moment|one sec|checking|checking now|looking now|looking into it|let me check|noted,? thanks|bye,? take care|take care|(?:happy|enjoy(?: the| your)?) [a-z]+ing|have (?:a |an )?(?:great|good|nice|lovely|safe|fun) [a-z]+|have fun|good luck|safe travels|enjoy|玩得开心|一路顺风|祝您[\u4e00-\u9fff]{1,4}|good ?(?:morning|afternoon|evening|night)|(?:no|yes|yeah|yep|sure),? (?:please )?(?:go ahead|go for it)|go ahead|mm+|mhm|go on|keep going|i'm listening|i am listening|我在听|我听着|接着说|继续说|(?:嗯+ ?)?(?:我|我这边)?(?:帮您|帮你)?(?:看看|看一下|看下|看一看|查查|查查看|查一下|查下|查看一下)|(?:i'm |we're |still )?here|哈喽|哈啰|哈罗|谢谢|感谢|多谢|您好|你好|您说|你说|请说|请讲|您请说|您讲|好的|好嘞|不客气|没问题|收到|稍等|请稍等|稍候|请您稍候|请稍候|马上|在|在的|在呢|亲|嗯|嗯嗯|嗯嗯好的|好的呢|明白|了解|早上好|晚上好|ok|okay|okey|please hold|yes please hold|hold on please|please wait|one moment please)`;
// one courtesy or several ('sure, one moment', '好的,稍等')
const COURTESY = new RegExp(`^${COURTESY_PHRASE}(?: ?${COURTESY_PHRASE})*$`);

// a bare "ok" acknowledges a message; to an angry or worried customer it is a shrug
const BARE_ACK =
  /^(?:ok(?:ay|ey)?|k+|kk|fine|alright|all right|noted|sure|hm+|oh|i see|ok(?:ay)? then|哦+|噢+|喔+|嗯+|好吧|好|行|行吧|知道了|了解|明白了|晓得了|这样啊|是吗)$/;

/** the whole reply is a bare acknowledgement, with nothing for the customer in it */
function isBareAcknowledgement(normalized: string): boolean {
  if (normalized.length > 20) return false;
  const bare = normalized
    .replace(/[^\p{L}\p{N}\s']/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return BARE_ACK.test(bare);
}

const ASSENT =
  /^(?:yes|yep|yeah|yup|sure|of course|absolutely|definitely|always|anytime|any time|forever|it can|you can|they can|it does|it is|we do|we can|可以|可以的|是的|是|对|对的|能|能的|有|有的|会|会的|没问题)[\s.!。!~]*$/u;

// a courteous well-wish ("祝您生活愉快", "have a great weekend"); "祝你好运吧" after a refusal can be a shrug, so not that
const WELL_WISH =
  /祝(?:您|你)(?:生活|购物|周末|旅途|假期|心情|工作|节日|新年|用餐|观影)?(?:愉快|顺利|开心|快乐)|祝(?:您|你)(?:早日康复|身体健康|一切顺利|万事如意)|\bhave an? (?:great|good|nice|lovely|wonderful|safe) (?:day|weekend|evening|night|trip|flight|holiday|one)\b/u;

// "no worries" / 没事没事 to a customer who said sorry or thanks: it forgives, it does not brush off
const APOLOGISED =
  /\b(?:sorry|apologi[sz]e|my bad|thanks|thank you|thx|ty)\b|不好意思|抱歉|对不起|谢谢|感谢|多谢|麻烦(?:你|您)了|打扰了|辛苦了/u;
const FORGIVES =
  /^(?:(?:oh|ah|haha|lol|hey)[,!]?\s*)?(?:no worries|no problem|np|not at all|that's (?:ok|okay|fine|alright)|it's (?:ok|okay|fine|alright|all good)|all good|don't worry(?: about it)?|you're welcome|没事|没关系|不要紧|不客气|别客气|不会|小事|应该的|没事儿)(?:\s*(?:没事|没关系|哈|呢|啦|哦|的|!|~))*$/u;

/** the last sentence of the customer's message */
function lastSentenceOf(customer: string): string {
  return (
    customer
      .trim()
      .split(/[.!。!\n]+/)
      .filter((s) => s.trim())
      .pop()
      ?.trim() ?? ''
  );
}

/** the customer's message ends in a yes-no question ("can my 15 year old have an account", "15岁可以注册吗") */
function customerAskedYesNo(customer: string | undefined): boolean {
  // "are you even reading my messages?" is no question to answer "yes." to
  if (!customer || /\b(?:even|seriously|actually)\b|到底|究竟/.test(customer)) return false;
  const last = lastSentenceOf(customer);
  return (
    /^(?:can|could|is|are|do|does|did|will|would|should|may|am|has|have)\b/.test(last) ||
    /(?:吗|么|嘛|可以不|能不能|可不可以|是不是|有没有|了没有?)\s*[?]?$/u.test(last) ||
    (/[?]$/.test(last) &&
      !/\b(?:what|why|how|when|where|which|who)\b|什么|为什么|怎么|哪|谁|多少|几/.test(last))
  );
}

/** a short yes that repeats the verb of a Chinese yes-no question: "到了" to "退款到了吗", "发了" to "发货了没有" (a bare
 * "不能" stays curt) */
function echoesTheQuestion(reply: string, customer: string): boolean {
  const core = reply
    .replace(/[\s\p{P}\p{S}]+/gu, '')
    .replace(/^(?:已经|早就|都)/u, '')
    .replace(/了$/u, '');
  if (!/^[\u4e00-\u9fff]{1,4}$/u.test(core)) return false;
  return lastSentenceOf(customer)
    .replace(/(?:吗|么|嘛|没有?|不)?[?\s]*$/u, '')
    .includes(core);
}

/** a whole reply of at most three words (or four Han characters) that carries no content */
function isCurtReply(normalized: string): boolean {
  if (normalized.length > 40) return false;
  const bare = normalized
    .replace(/[^\p{L}\p{N}\s']/gu, ' ')
    // a leading 亲, and trailing particles and terms of address (在的亲~, 好的呢宝)
    .replace(/^亲\s*|(?:\s*(?:哈|呢|哦|啦|呀|哟|亲亲|亲|宝宝|宝))+\s*$/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  // punctuation alone ("?", "...") answers the customer with a shrug; an emoji alone ("👍") may be friendly
  if (!bare) return /^[\p{P}\s]+$/u.test(normalized);
  const words = bare.match(/[a-z0-9']+/g)?.length ?? 0;
  const han = bare.match(/[\u3400-\u9fff]/g)?.length ?? 0;
  // short enough to be curt, and only then read for courtesies (the reading of a long run of them backtracks)
  return words + Math.ceil(han / 2) <= 3 && han <= 4 && words <= 3 && !COURTESY.test(bare);
}

// "I know that's upsetting, but…", "我知道您很生气,但…": what follows the contrast is what the reply stands on
const CONTRAST = /\b(?:but|however|though|although)\b|但是?|不过|可是|然而/g;

/** where the model's finding starts: after the last contrast before its strongest feature, else the sentence start */
function afterContrast(text: string, sentenceStart: number, featureStart: number): number {
  let from = sentenceStart;
  CONTRAST.lastIndex = sentenceStart;
  for (let m = CONTRAST.exec(text); m && m.index < featureStart; m = CONTRAST.exec(text)) from = m.index;
  return from;
}

const SIMPLE_SIGNALS = ['empathy', 'apology', 'restatement', 'solution', 'timeline', 'followup'] as const;

function analyzeWith(lex: LanguageLexicons, doc: RuleDocument, spoken: RuleDocument, out: Collector): void {
  const runnable = lex.gates.scan(doc);
  const runnableSpoken = spoken.text === doc.text ? runnable : lex.gates.scan(spoken);
  // sentences that ask for a password or code: an action offered there in exchange is not a solution
  const asksForSecret = new Set<number>();
  // sentences that snap at the customer or push the problem back onto them: a question there is rhetorical
  const hostile = new Set<number>();
  // where impatience was read, and the sentences that blame, dismiss or get an eye-roll of their own
  const impatience: RuleMatch[] = [];
  const blamesOrDismisses = new Set<number>();
  // sentences whose apology is sarcastic ("sorry we couldn't live up to your standards"): no empathy there
  const sarcastic = new Set<number>();
  for (const category of FORBIDDEN_CATEGORIES) {
    const { found, cancelled } = readCues(lex.forbidden[category], spoken, runnableSpoken);
    // a phrase the rules read and cleared ("so it can't happen again", "we never ask for codes")
    for (const m of cancelled) out.clear(category, m.start, m.end);
    for (const m of found) {
      out.addForbidden(category, m, lex);
      if (category === 'privacy') asksForSecret.add(m.sentence);
      if (m.rule.id.includes('.sarcastic')) sarcastic.add(m.sentence);
      if (category === 'impatient' || category === 'dismissive' || category === 'blame') {
        hostile.add(m.sentence);
        if (category === 'impatient') impatience.push(m);
        else blamesOrDismisses.add(m.sentence);
        // an emoji on its own ("? 🙄") comments on the sentence before it
        if (!/[\p{L}\p{N}]/u.test(doc.sentences[m.sentence]?.text ?? 'x')) {
          hostile.add(m.sentence - 1);
          blamesOrDismisses.add(m.sentence - 1);
        }
      }
    }
  }
  for (const signal of SIMPLE_SIGNALS) {
    for (const m of findCues(lex.signals[signal], doc, runnable)) {
      if (signal === 'solution' && asksForSecret.has(m.sentence)) continue;
      if ((signal === 'empathy' || signal === 'apology') && sarcastic.has(m.sentence)) continue;
      out.add(signal, m);
    }
  }
  // an apology is empathy too
  for (const m of findCues(lex.signals.apology, doc, runnable))
    if (!sarcastic.has(m.sentence)) out.add('empathy', m);
  readQuestions(lex, doc, runnable, { hostile, impatience, blamesOrDismisses }, out);
}

interface Tone {
  /** sentences where impatience, blame or dismissal was read */
  readonly hostile: ReadonlySet<number>;
  /** each impatient phrase read */
  readonly impatience: readonly RuleMatch[];
  /** sentences where blame or dismissal was read, or that an emoji of its own rolls its eyes at */
  readonly blamesOrDismisses: ReadonlySet<number>;
}

/** two matches in one sentence that fall in one clause */
function sameClause(doc: RuleDocument, a: RuleMatch, b: RuleMatch): boolean {
  const sentence = doc.sentences[a.sentence] as Sentence;
  return clauseAt(sentence, a.start - sentence.start) === clauseAt(sentence, b.start - sentence.start);
}

/** how many Han characters and how many other words a text has */
function lengthOf(text: string): { han: number; words: number } {
  return {
    han: (text.match(/[\u3400-\u9fff]/g) ?? []).length,
    words: (text.match(/[a-z0-9']+/gi) ?? []).length,
  };
}

/** a question word ("which", "哪天") in a sentence of more than a word or two: it asks for something */
function asksByQuestionWord(text: string, level: QuestionLevel): boolean {
  const { han, words } = lengthOf(text);
  return level !== 'closed' && (words >= 3 || han >= 5);
}

/** at most eight words, or twelve Han characters */
function isShort(text: string): boolean {
  const { han, words } = lengthOf(text);
  return han <= 12 && words <= 8 && han + words > 0;
}

const LEVEL_RANK: Record<QuestionLevel, number> = { open: 3, focused: 2, closed: 1 };

function mostOpen(levels: readonly (QuestionLevel | undefined)[]): QuestionLevel {
  let best: QuestionLevel = 'closed';
  for (const l of levels) if (l && LEVEL_RANK[l] > LEVEL_RANK[best]) best = l;
  return best;
}

function bySentence(matches: readonly RuleMatch[]): Map<number, RuleMatch[]> {
  const map = new Map<number, RuleMatch[]>();
  for (const m of matches) {
    const list = map.get(m.sentence) ?? [];
    list.push(m);
    map.set(m.sentence, list);
  }
  return map;
}

function readQuestions(
  lex: LanguageLexicons,
  doc: RuleDocument,
  runnable: Runnable,
  tone: Tone,
  out: Collector,
): void {
  const { hostile, impatience, blamesOrDismisses } = tone;
  const rhetorical = new Set(findCues(lex.rhetorical, doc, runnable).map((m) => m.sentence));
  const cues = bySentence(findCues(lex.signals.question, doc, runnable));
  const hints = bySentence(findHints(lex.signals.question, doc, runnable));
  doc.sentences.forEach((sentence, index) => {
    if (rhetorical.has(index)) return;
    let found = cues.get(index) ?? [];
    if (hostile.has(index)) {
      // a request made first, then a complaint in a clause of its own, is still asked: "Can you send me a photo of
      // the box, I've asked twice already"; a question that snaps, blames or dismisses is not
      if (blamesOrDismisses.has(index)) return;
      const snaps = impatience.filter((m) => m.sentence === index);
      found = found.filter((q) => snaps.every((m) => q.end <= m.start && !sameClause(doc, q, m)));
      if (found.length === 0) return;
    }
    const level = mostOpen([...found, ...(hints.get(index) ?? [])].map((m) => m.rule.level));
    // a bare question mark ("Everyone?", "又借?") echoes the customer with scorn in a reply that blames,
    // dismisses, snaps or asks rhetorically ("又丢了?这都第几次了?"), unless it asks for something by a
    // question word in a reply that only snaps ("Of course, what's going on with it? make it quick"); and it is
    // read by the rules of the sentence's own language only
    const asked =
      sentence.asked &&
      !sentence.exclaimed &&
      rhetorical.size === 0 &&
      (hostile.size === 0 || asksByQuestionWord(sentence.text, level)) &&
      /[\p{L}\p{N}]/u.test(sentence.text) &&
      detectLang(sentence.text) === lex.lang;
    if (found.length === 0 && !asked) return;
    if (found.length > 0) {
      for (const m of found) out.add('question', m, level);
    } else {
      out.addSpan('question', `${lex.lang}.question.question-mark`, sentence.start, sentence.end, level);
    }
  });
}

function detectEmotion(customer: string | undefined): Emotion {
  if (!customer) return 'none';
  const doc = toRuleDocument(customer, splitSentences(customer));
  let anxiety = false;
  for (const l of scriptsPresent(customer)) {
    const lex = getLexicons(l);
    const runnable = lex.gates.scan(doc);
    if (findCues(lex.anger, doc, runnable).length > 0) return 'anger';
    if (findCues(lex.anxiety, doc, runnable).length > 0) anxiety = true;
  }
  return anxiety ? 'anxiety' : 'none';
}

class Collector {
  private readonly evidence = new Map<EvidenceKind, Evidence[]>();
  private readonly forbidden: ForbiddenHit[] = [];
  /** the question evidence that is a request for a password or code, not a clarifying question */
  private readonly secretRequests = new Set<Evidence>();
  private readonly clearedCues: { category: ForbiddenCategory; from: number; to: number }[] = [];
  constructor(
    private readonly norm: NormalizedText,
    private readonly originalText: string,
  ) {}

  private span(from: number, to: number) {
    const { start, end } = toOriginalRange(this.norm, from, to);
    return { start, end };
  }

  /** adds the evidence, and returns it (undefined when the same rule already covers the span) */
  addSpan(
    kind: EvidenceKind,
    ruleId: string,
    from: number,
    to: number,
    level?: QuestionLevel,
  ): Evidence | undefined {
    const { start, end } = this.span(from, to);
    const list = this.evidence.get(kind) ?? [];
    if (list.some((e) => e.span.start < end && start < e.span.end && e.ruleId === ruleId)) return undefined;
    const cue = this.originalText.slice(start, end);
    const evidence: Evidence = {
      kind,
      ruleId,
      cue,
      span: { start, end, text: cue },
      ...(level ? { level } : {}),
    };
    list.push(evidence);
    this.evidence.set(kind, list);
    return evidence;
  }

  add(kind: EvidenceKind, m: RuleMatch, level?: QuestionLevel): void {
    this.addSpan(kind, m.rule.id, m.start, m.end, level);
  }

  addForbidden(category: ForbiddenCategory, m: RuleMatch, lex: LanguageLexicons): void {
    const suggestion = m.rule.suggestion ?? lex.forbidden[category].source.suggestion ?? '';
    this.addForbiddenSpan(category, m.rule.id, m.start, m.end, suggestion);
  }

  /** a forbidden phrase at normalised offsets `from`..`to` (a rule match, or a cue found with the context) */
  addForbiddenSpan(
    category: ForbiddenCategory,
    ruleId: string,
    from: number,
    to: number,
    suggestion: string,
  ): void {
    const { start, end } = this.span(from, to);
    if (this.forbidden.some((f) => f.category === category && f.span.start < end && start < f.span.end))
      return;
    const cue = this.originalText.slice(start, end);
    this.forbidden.push({ category, ruleId, cue, span: { start, end, text: cue }, suggestion });
    if (category === 'privacy') {
      // asking for a secret is a question as well as a violation
      const question = this.addSpan('question', ruleId, from, to, 'focused');
      if (question) this.secretRequests.add(question);
    }
  }

  /** the rules found empathy, or a question that is not a request for a secret, at normalised offsets `from`..`to` */
  showsCare(from: number, to: number): boolean {
    const { start, end } = this.span(from, to);
    const within = (e: Evidence) => e.span.start < end && start < e.span.end;
    return (
      (this.evidence.get('empathy') ?? []).some(within) ||
      (this.evidence.get('question') ?? []).some((e) => within(e) && !this.secretRequests.has(e))
    );
  }

  /** a cue of `category` at normalised offsets `from`..`to` that a guard cancelled */
  clear(category: ForbiddenCategory, from: number, to: number): void {
    this.clearedCues.push({ category, from, to });
  }

  /** whether the rules cleared a cue of `category` within normalised offsets `from`..`to` */
  cleared(category: ForbiddenCategory, from: number, to: number): boolean {
    return this.clearedCues.some((c) => c.category === category && c.from < to && from < c.to);
  }

  /** whether a blaming, dismissive or impatient phrase lies within normalised offsets `from`..`to` */
  snapsWithin(from: number, to: number): boolean {
    const { start, end } = this.span(from, to);
    return this.forbidden.some(
      (f) =>
        f.category !== 'absolute' && f.category !== 'privacy' && f.span.start < end && start < f.span.end,
    );
  }

  /** drops a question at `from`..`to` that only its question mark or final particle made one */
  dropEcho(from: number, to: number, sentence: string): void {
    const { start, end } = this.span(from, to);
    const list = this.evidence.get('question') ?? [];
    const here = list.filter((e) => e.span.start < end && start < e.span.end);
    // "原本预计哪天送达的呢?" asks for a date by its question word: no echo
    const echoOnly = (e: (typeof list)[number]): boolean =>
      /\.(?:question-mark|final-particle)$/.test(e.ruleId) &&
      !asksByQuestionWord(sentence, e.level ?? 'closed');
    if (here.length === 0 || !here.every(echoOnly)) return;
    this.evidence.set(
      'question',
      list.filter((e) => !here.includes(e)),
    );
  }

  hasForbidden(category: ForbiddenCategory): boolean {
    return this.forbidden.some((f) => f.category === category);
  }

  /** the whole reply is curt: impatient, unless it already shows something positive */
  addCurtReply(lang: Lang, normalizedLength: number): void {
    const positive: EvidenceKind[] = [
      'empathy',
      'question',
      'solution',
      'restatement',
      'timeline',
      'followup',
    ];
    if (positive.some((k) => (this.evidence.get(k)?.length ?? 0) > 0)) return;
    if (this.forbidden.some((f) => f.category === 'impatient')) return;
    const { start, end } = this.span(0, normalizedLength);
    const cue = this.originalText.slice(start, end);
    const suggestion = getLexicons(lang).forbidden.impatient.source.suggestion ?? '';
    this.forbidden.push({
      category: 'impatient',
      ruleId: `${lang}.impatient.curt-reply`,
      cue,
      span: { start, end, text: cue },
      suggestion,
    });
  }

  finish(text: string, lang: Lang, customerEmotion: Emotion, controlCharacters: boolean): ReplyAnalysis {
    const result = (kind: EvidenceKind): SignalResult => {
      const evidence = (this.evidence.get(kind) ?? []).sort((a, b) => a.span.start - b.span.start);
      return { fired: evidence.length > 0, evidence };
    };
    const question = result('question');
    const analysis: ReplyAnalysis = {
      lang,
      text,
      empathy: result('empathy'),
      apology: result('apology'),
      question: {
        ...question,
        level: question.fired ? mostOpen(question.evidence.map((e) => e.level)) : null,
      },
      restatement: result('restatement'),
      solution: result('solution'),
      timeline: result('timeline'),
      followup: result('followup'),
      forbidden: this.forbidden.sort((a, b) => a.span.start - b.span.start),
      customerEmotion,
      coaching: [],
      warnings: controlCharacters ? ['control_characters_ignored'] : [],
    };
    analysis.coaching = coachingFor(analysis);
    return analysis;
  }
}

/** what the customer's emotion calls for, and what the reply still lacks */
export function coachingFor(a: Omit<ReplyAnalysis, 'coaching'>): CoachingCode[] {
  const codes: CoachingCode[] = [];
  if (a.forbidden.length > 0) codes.push('avoid_forbidden');
  if (a.customerEmotion === 'anger' && !a.empathy.fired) codes.push('apologise_first');
  if (a.customerEmotion === 'anxiety' && !a.timeline.fired) codes.push('give_time_commitment');
  if (!a.question.fired && !a.restatement.fired && !a.solution.fired) codes.push('ask_clarifying_question');
  return codes;
}
