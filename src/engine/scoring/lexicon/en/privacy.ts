import { defineLexicon } from '../lexicon-types.ts';

const r = String.raw;

const DET = r`(?: (?:the|your|ur|yr|that|this|those|these|a|an|both|new|old|current|latest|last|full|whole|exact|correct|\d+-?digit|six-?digit|four-?digit|account|login|log-in|bank|banking|card|wallet|app|email|e-mail|payment|online|debit|credit|sim|phone|device|apple id|google|paypal|icloud|admin|atm|one-time|temporary|actual|numbers? (?:in|from)|digits? (?:in|from)))*`;

export default defineLexicon({
  lang: 'en',
  signal: 'privacy',
  description:
    'asks the customer for a password, PIN, or a verification / SMS code, however spelled or spaced; warning them never to share one is not a violation',
  suggestion:
    'Never ask for it: "Please don\'t share your password or codes with anyone, including us. You can reset it safely through the official security page: I\'ll send you the link."',
  cues: [
    { id: 'en.privacy.tell-me-secret', pattern: r`\b(?:tell|give|send|text|dm|pm|message|email|e-mail|share|provide|forward|read|recite|spell|reply with|respond with|drop|paste|type|post|write|read out|read off|read back|screenshot|show|confirm|verify|say|let me (?:have|know|see))\b(?: (?:me|us|it|over|across|here|back|out|down|to me|to us|in (?:the )?chat|with (?:me|us)))*${DET}\s*(?:{SECRET})` },
    { id: 'en.privacy.whats-your-secret', pattern: r`\b(?:what(?:'s| is| was| are|s)|whats|which is) (?:the|your|ur|that|yr)\b(?: \w+){0,3}? ?(?:{SECRET})\b` },
    { id: 'en.privacy.need-your-secret', pattern: r`\b(?:(?:can|could|may|might) i (?:please |just |quickly )?(?:have|get|grab|see|know|ask for|confirm|check|verify|take|borrow)|(?:i|we)(?:'ll| will| would|'d| just| also| still)* (?:need|require|want|must have|have to (?:have|get|see))(?: you to (?:tell|give|send|read|provide|share|confirm|type|enter)(?: (?:me|us))?)?|(?:can|could|would|will) you (?:please |just |kindly )?(?:tell|give|send|read|provide|share|confirm|verify|type|enter|let me know|text|dm|spell|forward|say)(?: (?:me|us|it|over|here|out))*|(?:need|i need) (?:you to )?(?:confirm|verify)|to verify (?:your )?(?:identity|account),? (?:please |i need |we need |send |tell |give |provide |share )+)${DET}\s*(?:{SECRET})` },
    { id: 'en.privacy.secret-please', pattern: r`(?:{SECRET})\s*(?:please|pls|plz|so i can|so we can|and i'll|and we'll|to (?:verify|confirm|log in|check|unlock|access|fix))\b` },
    { id: 'en.privacy.refer-back', pattern: r`(?:{SECRET}|\bcode\b|\bpassword\b|\bpin\b|\bverification\b|\bthe (?:digits|numbers)\b)[^.!?]{0,50}\b(?:paste|send|type|tell|give|read|forward|share|drop|post|dm|text)\b (?:it|them|that|those|this)\b` },
    { id: 'en.privacy.show-secret', pattern: r`\b(?:screenshot|photo|picture|pic|copy|image|snap)s? (?:of )?(?:the|your|that)? ?(?:\w+ ){0,3}?(?:with|showing|of|where you can see) (?:the |your )?(?:\w+ )?(?:{SECRET}|password|pin|code)\b|\b(?:{SECRET}|password) (?:visible|showing|shown|in view)\b|\b(?:screenshot|photo|picture|copy|forward)s? (?:of )?(?:the|your|that) (?:sms|text|message|email)\b[^.!?]{0,30}\b(?:code|pin|password)\b|\bthe (?:password|pin|passcode|code) you(?:'re| are)? (?:using|trying|entering|typed|use|tried|entered)\b` },
    { id: 'en.privacy.and-your-secret', pattern: r`\b(?:confirm|provide|share|send|tell me|give me|verify|read me)\b[^.!?]{0,40}\b(?:and|plus|along with) (?:your|the) (?:\w+ )?(?:{SECRET})|(?:{SECRET}|\bcode\b)[^.!?]{0,40}\bwhat (?:does it say|is it|'s it say|numbers? (?:is|are) (?:it|on it|in it))\b` },
    { id: 'en.privacy.roundabout', pattern: String.raw`(?:{SECRET}|\bcode\b|\bdigits\b)[^.!?]{0,50}\b(?:pop|put|drop|type|paste|enter|stick)\b (?:it|them|that|those)\b (?:in|into|here)\b(?: (?:this|the) chat| here)?|\bask (?:him|her|them|your \w+) for (?:the|their|his|her|your) (?:\w+ )?(?:{SECRET})\b|\bpass (?:it|them) (?:along|on) to (?:me|us)\b|\bread (?:me )?back\b[^.!?]{0,30}\b(?:{SECRET}|digits|code)\b|\btype out\b[^.!?]{0,20}\b(?:{SECRET}|codes?)\b` },
    { id: 'en.privacy.with-secret', pattern: r`\b(?:reply|respond|answer|come back|get back to me) with (?:the|your|that)\b(?: \w+){0,2}? ?(?:{SECRET})` },
  ],
  guards: [
    { id: 'en.privacy.guard.never-share', pattern: r`(?:\b(?:we|i|our (?:staff|team|agents|support)|staff|support|the platform|(?:\w+ )?(?:staff|support|agents?|employees?|team)) (?:\w+ ){0,2}?(?:never|not|n't|won't|will not|don't|do not|would never|shall not|doesn't|does not)|(?:^|[,:;]\s*|-\s*)(?:please |but |and |just )?(?:never|do not|don't|dont|not)|\b(?:never|don't|do not|dont|shouldn't|should not|must not|mustn't) (?:ever )?(?:share|give|send|tell|disclose|reveal|post|type|read|forward|show)|\bno one\b|\bnobody\b|\bnoone\b|\bnor\b|\bavoid\b|\brefuse\b|\bwithout\b|\binstead of\b|\bno need\b|\bnot need|\bbeware\b|\bcareful\b|\bscam|\bfraud|\bphishing|\bif (?:anyone|someone|somebody)|\banyone who asks|\bkeep (?:it|them|this|that|your \w+) (?:private|secret|safe|to yourself))[^,.!?;]{0,50}?(?:{SECRET}|password|code|pin)`, scope: 'clause' },
    { id: 'en.privacy.guard.official-flow', pattern: r`\b(?:enter|type|input|use|paste|put)\b[^.!?]{0,40}\b(?:on|in|into|at|via|through) (?:the )?(?:official|our app|the app|app|website|site|page|login|log-in|screen|field|box|security|settings|form|reset|verification|sign-in|browser|prompt)\b|\b(?:change|reset|update|create|set|choose|pick|make|renew|recover|update)\b[^.!?]{0,12}\b(?:password|pin|passcode)\b`, scope: 'clause' },
    { id: 'en.privacy.guard.agent-sends', pattern: r`\b(?:i|we|it|they|the system|the app|you)(?:'ll| will|'ve| have| can| just| are going to|'re going to| will now| should| 'll)? ?(?:re-?send|send|sent|text|texted|email|emailed|receive|received|get|got)\b[^.!?]{0,20}\b(?:a|an|the|new|another)?\s*(?:{SECRET}|code|link)\b[^.!?]{0,20}\b(?:to (?:your|the)|via|by)\b`, scope: 'match' },
  ],
});
