/**
 * Cues that need more than the sentence they are in. "Go ahead and read it out to me" asks for a secret only when
 * "it" is a code: named in the customer's message ("I got a text with a code") or earlier in the reply ("Did a
 * code come through? If so, read it out to me"). The lexicons read one sentence of the reply at a time, so these
 * anaphoric requests are found here, over the normalised reply and the normalised customer message.
 */
import type { Lang } from './types.ts';

export interface ContextCue {
  category: 'privacy';
  ruleId: string;
  /** offsets in the normalised reply */
  start: number;
  end: number;
}

// a secret the customer or the reply has named, that a pronoun can point back to
const SECRET_EN =
  /\b(?:(?:verification|security|sms|text|login|one[- ]time|2fa|otp|reset|access|6[- ]digit|six[- ]digit) ?codes?|codes?|otp|pin|pins|password|passcode|pass code|the digits|(?:six|6|four|4|five|5|eight|8)[- ]?(?:digits|(?:digit )?numbers))\b/;
const SECRET_ZH =
  /(?<![a-z])(?:code|otp|pin)(?![a-z])|验证码|校验码|动态码|短信码|认证码|安全码|密码|口令|(?:短信|简讯)(?:里|中|上)?(?:有个|有一个|有串|的)?(?:数字|码)|[六四八684]\s*(?:位|个)(?:数字|数|码)?|那串数字|那串字符|那几位数?|那个码|那条的码|(?:支付|登录)密码/;

// a request to hand "it" over to the agent: a pronoun (or zero object in Chinese) and a destination in the chat
const REQUEST_EN =
  /\b(?:read|type|paste|drop|send|tell|give|forward|text|post|share|put|pop|say|dm|copy)\b (?:it|them|that one|this one|the one|that|those|the numbers|the digits|whatever (?:you|u) (?:got|get|received|see)(?: from (?:us|me))?)\b(?: (?:out|over|back|across|down))?(?: (?:to me|to us|me|us|here|over|in (?:the|this) chat|in here|below|right here))+|\b(?:read|tell|give|send|text) (?:me|us) (?:that one|this one|the one|it|them|that|those)\b|\b(?:send|share|forward|paste|post|drop|give|show)(?: (?:me|us))? (?:a |the )?(?:screenshot|screen ?shot|screen ?grab|photo|pic|picture|copy) of (?:the|that|this|your|ur) (?:sms|text(?: message)?|message)\b|\bscreenshot (?:the|that|this|your|ur) (?:sms|text(?: message)?|message) (?:and send|for me|to me|to us)\b/g;
const REQUEST_ZH =
  /说给我听听?|(?:发|报|念|读|打|贴|复制|私信|截图发|截图传|传)(?:一下|下)?(?:过来|上来|给我|我一下|给客服|给这边|在这里|到这里|在对话框|到对话框)|(?:发|报|念)我(?=(?:一下|下)?(?:[,。!~ ]|$|吧|哈|哦|就行|就好|就可以|即可))|(?:发|贴|报|念)(?:一下|下)(?=就行|就好|就可以|即可|吧|[,。!~]|$)/g;

// the request is cancelled by a negation or a warning before it in its clause, or by pointing to the official flow
const NEGATED_EN =
  /\b(?:never|don't|do not|dont|no need to|not|nobody|no one|shouldn't|should not|must not)\b[^.,;!?\n]{0,40}$/;
const NEGATED_ZH = /(?:不要|别|勿|不用|无需|不需要|千万别|不能|不会|绝不|任何人)[^,。!?\n]{0,12}$/;
const OFFICIAL_EN =
  /\b(?:in|into|on|through) (?:the |our )?(?:official |)(?:app|page|site|website|login|sign-in|screen|field|box|form|settings)\b/;
const OFFICIAL_ZH = /(?:在|到|通过)(?:官方|app|页面|官网|登录页|输入框|设置|验证页)/;
// the agent sending something ("我发给您", "I'll send it to you") is not a request
const AGENT_SENDS_ZH =
  /(?:我|我们|这边|系统)(?:这边|稍后|马上|等下|现在|再|重新|会|来|这就|先)*(?:给您|给你|帮您|为您)?$|(?:给您|给你|帮您|为您)(?:重新|再)?$/;
// "把对方的账号截图发给我" names what it asks for, and it is no secret; "把它发给我", "把收到的发给我" point back
const NAMED_OBJECT_ZH = /把([^,。!?\n]{1,20})$/;
const POINTS_BACK_ZH =
  /^(?:它|他|这个|那个|这串|那串|这条|那条|这封|那封|这几位|那几位|(?:刚才|刚刚|刚)?收到的|短信里的|短信上的|上面的|那些|这些|那|这)(?:数字|号码|码|内容|短信|简讯|消息|信息)?(?:的)?(?:截图|截屏)?$/;

const CLAUSE_START = /[.,;!?。,;!?\n]/g;

// a secret named only in a warning ("正规律师不会要验证码", "never share the code") is no antecedent for "发我"
const WARNING_EN =
  /\b(?:never|don't|do not|dont|won't|will not|not|nobody|no one|shouldn't|should not|must not)\b/;
const WARNING_ZH = /不会|不要|别|勿|不用|无需|不需要|不能|绝不|从不|不应|不该|千万/;

/** whether `text` names a secret in a sentence that is not a warning */
function namesSecret(text: string, secret: RegExp, warning: RegExp): boolean {
  return sentencesNaming(text, secret).some((s) => !warning.test(s));
}

/** whether `text` has a sentence that names a secret to warn about it */
function warnsAboutSecret(text: string, secret: RegExp, warning: RegExp): boolean {
  return sentencesNaming(text, secret).some((s) => warning.test(s));
}

function sentencesNaming(text: string, secret: RegExp): string[] {
  return text.split(/[.!?。!?\n]/).filter((s) => secret.test(s));
}

function clauseBefore(text: string, at: number): string {
  let from = 0;
  CLAUSE_START.lastIndex = 0;
  for (let m = CLAUSE_START.exec(text); m !== null && m.index < at; m = CLAUSE_START.exec(text))
    from = m.index + 1;
  return text.slice(from, at);
}

function clauseAfter(text: string, at: number): string {
  CLAUSE_START.lastIndex = at;
  const m = CLAUSE_START.exec(text);
  return text.slice(at, m ? m.index : text.length);
}

/**
 * Anaphoric requests for a secret: "read it out to me", "type it here", "发过来" count as a privacy violation when
 * the customer's message or an earlier part of the reply names a code, password or PIN. Both texts are normalised
 * (`normalizeText`); the reply may be masked, offsets point into it.
 * @example
 * findContextCues('go ahead and read it out to me', 'i got a text with a code', 'en').length // 1
 */
export function findContextCues(reply: string, customer: string | undefined, lang: Lang): ContextCue[] {
  const secret = lang === 'zh' ? SECRET_ZH : SECRET_EN;
  const request = lang === 'zh' ? REQUEST_ZH : REQUEST_EN;
  const negated = lang === 'zh' ? NEGATED_ZH : NEGATED_EN;
  const official = lang === 'zh' ? OFFICIAL_ZH : OFFICIAL_EN;
  const customerNames = customer !== undefined && secret.test(customer);
  const out: ContextCue[] = [];
  request.lastIndex = 0;
  for (let m = request.exec(reply); m !== null; m = request.exec(reply)) {
    const start = m.index;
    const end = start + m[0].length;
    if (
      !customerNames &&
      !namesSecret(reply.slice(0, start), secret, lang === 'zh' ? WARNING_ZH : WARNING_EN)
    )
      continue;
    const before = clauseBefore(reply, start);
    if (negated.test(before)) continue;
    // a reply that has just warned the customer off sharing the secret asks, with "paste it here", for something else:
    // "please don't share your password with anyone, us included. All I need is your player ID, could you paste it here?"
    if (warnsAboutSecret(reply.slice(0, start), secret, lang === 'zh' ? WARNING_ZH : WARNING_EN)) continue;
    if (official.test(before) || official.test(clauseAfter(reply, end))) continue;
    if (lang === 'zh' && AGENT_SENDS_ZH.test(before)) continue;
    const named = lang === 'zh' ? NAMED_OBJECT_ZH.exec(before) : null;
    if (named && !secret.test(named[1] as string) && !POINTS_BACK_ZH.test((named[1] as string).trim()))
      continue;
    out.push({ category: 'privacy', ruleId: `${lang}.privacy.context-anaphora`, start, end });
  }
  return out;
}
