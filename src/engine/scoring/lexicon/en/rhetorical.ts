import { defineLexicon } from '../lexicon-types.ts';

const r = String.raw;

export default defineLexicon({
  lang: 'en',
  signal: 'rhetorical',
  description: 'rhetorical, hostile or sarcastic questions: they end in a question mark but ask for nothing',
  cues: [
    { id: 'en.rhetorical.what-do-you-want', pattern: r`\bwhat (?:do|did|would|else do|more do|exactly do|else did|more did) (?:you|u) (?:want|expect)(?: (?:me|us)) (?:to (?:do|say)|i (?:can|could|should) do)\b|\bwhat (?:do|did) (?:you|u) expect\b(?! (?:it|them|the \w+|your \w+|that|this) to (?:be|say|show|read|look))` },
    { id: 'en.rhetorical.what-more', pattern: r`\bwhat (?:more|else) (?:can|could|do|should|would|am) (?:i|we) (?:possibly )?(?:do|say|supposed|want|tell you)\b|\bwhat (?:am|are) (?:i|we) supposed to do\b|\bwhat do you want from (?:me|us)\b` },
    { id: 'en.rhetorical.did-you-even', pattern: r`\b(?:did|do|have|can|could|are|were) (?:you|u) (?:even|not even|actually|seriously|not|never|like,? actually) (?:read|look|try|check|listen|understand|bother|see|think|pay attention|notice|paying attention|listening|reading|looking)\b` },
    { id: 'en.rhetorical.cant-you', pattern: r`\b(?:can't|cannot|couldn't|don't|didn't|won't) (?:you|u) (?:just |even |simply )?(?:read|see|understand|follow|listen|figure|look|google|use your|check the|wait|be patient|get it)\b` },
    { id: 'en.rhetorical.are-you-serious', pattern: r`\bare (?:you|u) (?:serious|kidding|joking|for real|deaf|blind|stupid|dumb|insane|crazy|even listening|listening|done|finished|happy now|able to read|illiterate|new here|a child|five)\b|\b(?:happy|satisfied) now\b` },
    { id: 'en.rhetorical.one-word', pattern: r`^(?:seriously|really|so what|so|and|huh|what now|and then|and so|you think|oh really|is it|does it|so\?)\s*$` },
    { id: 'en.rhetorical.how-hard', pattern: r`\bhow (?:hard|difficult|complicated) (?:is it|can it be|could it be|was it)\b|\bis (?:it|that) (?:so|that|really that|really so|too|really) (?:hard|difficult|complicated|much to ask)\b|\bwhat's (?:so )?(?:hard|difficult|complicated) about\b` },
    { id: 'en.rhetorical.how-many-times', pattern: r`\bhow many (?:more )?times (?:do|did|have|must|should|will|am)\b` },
    { id: 'en.rhetorical.who-cares', pattern: r`\bwho (?:do you think|cares|asked|even|on earth|would)\b` },
    { id: 'en.rhetorical.why-didnt-you', pattern: r`\bwhy (?:didn't|don't|did you not|do you not|would you|can't|couldn't|won't|on earth|the hell|in the world|are you (?:so|being|shouting|yelling|complaining|asking me|bothering|still)|is (?:this|that|it) (?:my|our) (?:problem|fault))\b|\bwhy (?:would|should|must) (?:i|we|anyone)\b` },
    { id: 'en.rhetorical.what-part', pattern: r`\bwhat part of\b[^?]{0,60}\b(?:don't|do not|didn't|did not) (?:you|u) (?:understand|get)\b` },
    { id: 'en.rhetorical.my-problem', pattern: r`\bhow (?:is|was|'s) (?:that|this|it) (?:my|our) (?:problem|fault|concern|issue|responsibility|business)\b|\bhow (?:should|would|could) (?:i|we) know\b|\bhow am i supposed to\b|\bdo i look like\b|\b(?:you )?(?:think|expect) (?:i|we) (?:can|have|am|are|'m|'re|know|care|work)\b|\bwhat's (?:your|the big) (?:problem|deal)\b|\bwhat is your problem\b|\bwhat(?:'s| is) wrong with you\b` },
    { id: 'en.rhetorical.didnt-i-say', pattern: r`\bwhat did i just (?:say|tell|explain|write)\b|\bwere you not listening\b|\b(?:did|have) i not (?:just |already )?(?:say|said|tell|told|explain|explained|mention|mentioned)\b|\bdidn't i (?:just |already )?(?:say|tell|explain|mention)\b|\bhave you not been listening\b|\bisn't (?:it|that) obvious\b|\bis that too much to ask\b` },
    { id: 'en.rhetorical.do-you-think', pattern: r`\bdo (?:you|u) (?:really |honestly |seriously )?(?:think|expect|believe) (?:i|we|that i|that we|anyone|everyone|the world)\b|\b(?:any|no) idea how (?:busy|many|much)\b|\bhow dare you\b|\bwho made you\b|\bdoes it,? though\b` },
    { id: 'en.rhetorical.self-answered', pattern: r`\b(?:wanna|want to|would you like to) know (?:the|how|what|why|a)\b|\bcan you believe (?:it|that|this)\b|\bguess what\b|\bwhy does (?:it|that|this) (?:even )?matter\b|\bwho knows\b|\bwho wouldn't\b|\bcan(?:'t)? you (?:not )?read\b|\bdo you (?:have )?(?:any idea|know) (?:what time|how (?:busy|many|much|late))\b|\bis my (?:existence|breathing|tone)\b|\bare you (?:seriously|really|actually) (?:crying|upset|complaining|angry|whining)\b|\bwho (?:wants|would want|likes|enjoys|needs) to\b|\bhow (?:exactly |on earth |else )?(?:should|would|could) (?:i|we) (?:know|have known|tell)\b|\bisn't (?:it|that) the worst\b|\bwhy bother\b|\b(?:like,? )?actually (?:read|reading|looked|looking|listen|listening|paid attention|paying attention|tried|trying)\b` },
    { id: 'en.rhetorical.sarcastic-tag', pattern: r`\b(?:isn't it|aren't you|wasn't it),? (?:now|lol)\b|\bwhat did you expect\b(?! (?:it|them|the \w+|your \w+|that|this) to (?:be|say|show|read|look))|\bwhat were you expecting\b|\bso what do you want\b` },
    { id: 'en.rhetorical.that-serious', pattern: r`\b(?:is|was) (?:it|this|that) (?:really|honestly|seriously)? ?(?:that|so) (?:serious|bad|big a deal|important|urgent|terrible|awful|hard|difficult|complicated|long)\b`, note: "'Is it really that serious?'" },
  ],
});
