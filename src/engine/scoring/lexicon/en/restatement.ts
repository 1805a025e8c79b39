import { defineLexicon } from '../lexicon-types.ts';

const r = String.raw;

const PAST = r`(?:'ve|'d| have| had| were| was| got| did| didn't| haven't| hadn't| couldn't| can't| cannot| still| never| tried| paid| received| ordered| bought| saw| noticed| lost| sent| made| bought| topped| recharged| gifted| uploaded| changed| reset| entered| clicked| logged| signed| requested| returned| contacted| called| waited| used| opened| placed| purchased| updated| reinstalled| installed| tapped| reported| submitted| mentioned| keep| kept| see| saw| get| only| just| are unable| are not able|'re unable|'re not able| can no longer| no longer| are being| 're being| are getting|'re getting| are seeing|'re seeing| are still|'re still)`;
const THING = r`(?:order|parcel|package|delivery|item|charge|payment|account|app|video|upload|refund|gift|gifts|money|balance|wallet|subscription|stream|live|card|login|password|code|ticket|appeal|ban|post|comment|payout|transfer|booking|flight|room|phone|device|screen|message|verification|tracking|courier|seller|bank|coins|diamonds|recharge|top-up|purchase|transaction)s?`;

export default defineLexicon({
  lang: 'en',
  signal: 'restatement',
  description: "repeats the customer's problem back in the agent's own words, to confirm it or show it was understood",
  cues: [
    { id: 'en.restatement.if-i-understand', pattern: r`\b(?:if i(?:'m| am| have|'ve)? (?:understand(?:ing)?|got|get|hear|heard|read|follow(?:ing)?)(?: (?:you|this|that|it|everything))?(?: (?:correctly|right|properly))?|(?:^|[,:;]\s*|\b(?:ok|okay|so|alright|and),?\s+)(?:just )?to (?:confirm|clarify|make sure|be sure|be clear|check|double-check|recap|summari[sz]e|sum up)(?:[,:]| (?:i|that i|what|i've|i have|i'm|we're|i understand|my understanding|the (?:situation|issue|problem)|everything|you|your|we're talking))|let me (?:make sure|see if|confirm|recap|summari[sz]e|repeat|check (?:that )?i(?:'ve| have)?|play (?:that|this|it) back|read (?:that|this|it) back)|so what (?:you're|you are) saying|what (?:i'm|i am) hearing|from what (?:you've|you have|you|i've|i) (?:said|described|told|written|mentioned|shared|explained|gathered|understand|read)|as (?:i understand|far as i can tell)|my understanding is|in other words|just so (?:i'm|i am|we're|we are) (?:clear|on the same page)|(?:do|did) i (?:understand|get|have) (?:that|this|it|you) (?:right|correctly))\b` },
    { id: 'en.restatement.you-said', pattern: r`\b(?:you|u) (?:mentioned|said|told (?:me|us)|explained|described|indicated|noted|reported|wrote|'re saying|are saying)\b(?: (?:that|your|you|the|it|this|earlier|before))` },
    { id: 'en.restatement.you-mean', pattern: r`\b(?:you mean|do you mean|so you mean|meaning you|(?:it )?(?:sounds|seems) like (?:you(?:'ve| have| were| got| had| did| didn't| haven't| couldn't| can't| paid| received| ordered| lost| tried| bought)|your \w+ (?:was|were|has|got|is|hasn't|didn't|isn't|keeps|won't|can't))|so basically,? (?:you|your|the))\b` },
    { id: 'en.restatement.so-you', pattern: r`(?:^|\b(?:ok|okay|alright|right|got it|i see|understood|hmm|ah|oh),?\s+)so,? (?:(?:you|u)${PAST}|(?:your|ur|the|this|that) (?:\w+ ){0,2}?${THING}\b(?: \w+){0,2}? (?:was|were|has|hasn't|have|haven't|got|isn't|wasn't|didn't|did|never|still|keeps|kept|showed|shows|is showing|says|said|stopped|failed|went|came|arrived|appeared|disappeared|vanished|won't|can't|doesn't|isn't|is|are|crashes|crashed|freezes|froze|fails|failed|stops|keeps|got))` },
    { id: 'en.restatement.so-clause', pattern: r`^(?:\w+,? )?so,? (?:you|u|your|ur|the|it|this|that|he|she|they|losing|after|even)\b(?! (?:can|could|will|'ll|should|might|may|need|have to|must|won't|don't have to|know|see|understand))(?!'ll)[^.!?]{12,}` },
    { id: 'en.restatement.i-see-you', pattern: r`\b(?:i see|i understand|i can see|i hear|i've noted|i've got it|got it|noted|understood|i note|i gather|i know|ok|okay|alright|right),? (?:that )?(?:you${PAST}|your (?!frustration|concern|feelings?|worry|anger|disappointment|point|situation|patience|position|frustrations)(?:\w+ ){0,2}?${THING}\b)` },
    { id: 'en.restatement.tag-confirm', pattern: r`\b(?:you|your)\b[^?]{3,90}(?:,|\s[-—–]+)\s*(?:right|correct|is that right|is that correct|am i right|yes|is that so)\s*$` },
    { id: 'en.restatement.you-re-telling', pattern: r`\byou(?:'re| are) (?:telling me|reporting|letting me know|saying|describing) (?:that )?` },
    { id: 'en.restatement.to-confirm-you', pattern: r`\b(?:just )?to (?:confirm|clarify|double-check|make sure i (?:understand|have (?:it|this) right))\s*[,:—-]?\s*(?:so )?you(?:'re| are|'ve| have| can't| cannot| couldn't| didn't| did| were| was| got| received| see| saw| tried)\b` },
    { id: 'en.restatement.so-the', pattern: r`\bso (?:your|the) [^.!?]{5,120}(?:\?|,? right\b|,? correct\b|,? is that right)` },
  ],
  guards: [
    { id: 'en.restatement.guard.feelings', pattern: r`\byou (?:were|are|'re) (?:counting|hoping|expecting|looking forward|excited|worried|upset|angry|frustrated|annoyed|disappointed|scared|anxious|stressed|concerned)\b`, scope: 'match' },
    { id: 'en.restatement.guard.confirm-with-team', pattern: r`\bto (?:confirm|check|verify) (?:with|this with|it with) (?:the|our|my)\b|\bto confirm,? (?:i(?:'ve| have)|we(?:'ve| have)|your (?:refund|order|ticket) (?:is|has|will))`, scope: 'match' },
  ],
});
