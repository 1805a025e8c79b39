// hand-made analyses, so the CLI's tests do not move when the engine's lexicons are tuned
import type {
  Evidence,
  EvidenceKind,
  ForbiddenHit,
  QuestionLevel,
  ReplyAnalysis,
} from '../../engine/scoring/index.ts';

function spanOf(text: string, cue: string) {
  const start = text.indexOf(cue);
  if (start < 0) throw new Error(`'${cue}' is not in '${text}'`);
  return { start, end: start + cue.length, text: cue };
}

function evidence(
  text: string,
  kind: EvidenceKind,
  ruleId: string,
  cue: string,
  level?: QuestionLevel,
): Evidence {
  return { kind, ruleId, cue, span: spanOf(text, cue), ...(level ? { level } : {}) };
}

const none = { fired: false, evidence: [] };

const PRIVACY_TEXT = 'Sorry about that! Please tell me the verification code we just texted you.';
const PRIVACY_HIT: ForbiddenHit = {
  category: 'privacy',
  ruleId: 'en.privacy.tell-me-secret',
  cue: 'tell me the verification code',
  span: spanOf(PRIVACY_TEXT, 'tell me the verification code'),
  suggestion: 'Never ask for it: "Please don\'t share your codes with anyone, including us."',
};

/** an apology, a question, and a request for a secret */
export const PRIVACY_ANALYSIS: ReplyAnalysis = {
  lang: 'en',
  text: PRIVACY_TEXT,
  empathy: { fired: true, evidence: [evidence(PRIVACY_TEXT, 'empathy', 'en.apology.sorry', 'Sorry')] },
  apology: { fired: true, evidence: [evidence(PRIVACY_TEXT, 'apology', 'en.apology.sorry', 'Sorry')] },
  question: {
    fired: true,
    level: 'focused',
    evidence: [
      evidence(PRIVACY_TEXT, 'question', 'en.question.let-me-know-wh', 'Please tell me the', 'focused'),
      evidence(
        PRIVACY_TEXT,
        'question',
        'en.privacy.tell-me-secret',
        'tell me the verification code',
        'focused',
      ),
    ],
  },
  restatement: none,
  solution: none,
  timeline: none,
  followup: none,
  forbidden: [PRIVACY_HIT],
  customerEmotion: 'none',
  coaching: ['avoid_forbidden'],
  warnings: [],
};

const ZH_TEXT = '抱歉让您久等了，这是快递的问题。我们会在24小时内处理。';

/** a Chinese reply that blames the courier twice over, to an angry customer */
export const ZH_ANALYSIS: ReplyAnalysis = {
  lang: 'zh',
  text: ZH_TEXT,
  empathy: { fired: true, evidence: [evidence(ZH_TEXT, 'empathy', 'zh.apology.sorry', '抱歉')] },
  apology: { fired: true, evidence: [evidence(ZH_TEXT, 'apology', 'zh.apology.sorry', '抱歉')] },
  question: { fired: false, level: null, evidence: [] },
  restatement: none,
  solution: none,
  timeline: { fired: true, evidence: [evidence(ZH_TEXT, 'timeline', 'zh.timeline.n-units', '24小时内')] },
  followup: none,
  forbidden: [
    {
      category: 'blame',
      ruleId: 'zh.blame.third-party',
      cue: '是快递的问题',
      span: spanOf(ZH_TEXT, '是快递的问题'),
      suggestion: '主动承担下一步:"我会立即同步给物流团队并跟进到底"',
    },
  ],
  customerEmotion: 'anger',
  coaching: ['avoid_forbidden', 'ask_clarifying_question'],
  warnings: [],
};

/** nothing fired at all */
export const EMPTY_ANALYSIS: ReplyAnalysis = {
  lang: 'en',
  text: 'ok',
  empathy: none,
  apology: none,
  question: { fired: false, level: null, evidence: [] },
  restatement: none,
  solution: none,
  timeline: none,
  followup: none,
  forbidden: [],
  customerEmotion: 'anxiety',
  coaching: ['give_time_commitment', 'ask_clarifying_question'],
  warnings: ['control_characters_ignored'],
};

/** a bare analysis of `text` in which only the named signals and forbidden categories fired */
export { analysisFinding } from '../../engine/scoring/test-support/analysis-finding.ts';
