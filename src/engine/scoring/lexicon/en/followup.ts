import { defineLexicon } from '../lexicon-types.ts';

const r = String.raw;

const COMM = r`get back to you|get back in touch|follow up|follow-up|circle back|check back|check in|come back to you|reach out(?: to you)?|contact you|call you(?: back)?|ring you|phone you|email you|e-mail you|message you|text you|dm you|ping you|write to you|write back|notify you|update you|let you know|keep you (?:posted|updated|informed|in the loop)|send you an? (?:update|email|e-mail|message|confirmation|notification|note|text|sms)|be in touch|get in touch|inform you|confirm with you|revert|respond to you|reply to you|give you (?:a call|an update|a ring)|drop you (?:a|an) (?:line|email|message|note)|report back|come back with|be contacting you|be reaching out|confirm (?:here|with you|once|when|by)|send you (?:the|a|an) (?:\w+ )?(?:link|details|tracking|confirmation|receipt|number|breakdown|report|reference)\b(?=[^.!?]{0,40}\b(?:within|by|once|when|after|tomorrow|later|as soon as|the moment))`;

export default defineLexicon({
  lang: 'en',
  signal: 'followup',
  description:
    'a promise that the agent or a named team will come back to the customer later; an immediate transfer inside the chat is not one',
  cues: [
    { id: 'en.followup.i-will-update', pattern: r`\b(?:i|we)(?:'ll| will| am going to|'m going to| are going to|'re going to| shall| promise to| can| plan to| intend to)(?: personally| definitely| also| then| make sure to| be sure to| certainly| absolutely| immediately| straight away| right away| happily| gladly| then)* (?:${COMM})\b` },
    { id: 'en.followup.team-will-contact', pattern: r`\b(?:(?:the |our |a |an )?(?:\w+ )?(?:{TEAM})|they|who|someone|somebody|an? (?:agent|specialist|advisor|adviser|representative|rep|engineer|colleague|investigator|officer|member of (?:our|the) \w+ team))(?:'ll| will| is going to| are going to| should| shall| would)\b[^.!?]{0,50}? (?:${COMM}|reply|get back|contact you|reach you|call you|be calling|be emailing|respond)\b` },
    { id: 'en.followup.and-update', pattern: r`\b(?:i|we)(?:'ll| will| am going to|'m going to| are going to|'re going to| shall| can)\b[^.!?]{0,70}?\b(?:and|then|,) (?:(?:i|we)(?:'ll| will) )?(?:then |also |personally )?(?:${COMM})\b` },
    { id: 'en.followup.you-will-hear', pattern: r`\byou(?:'ll| will| should| are going to|'re going to| can expect to)(?: \w+)? (?:hear (?:back )?from|be (?:notified|contacted|updated|emailed|e-mailed|informed|called|messaged|texted|hearing)|receive (?:an? |our |my |the |a follow-up )?(?:\w+ )?(?:email|e-mail|call|message|update|notification|sms|text|confirmation|response|reply|callback|call-back|follow-?up|phone call)|get (?:an? |our |my |the )?(?:\w+ )?(?:email|e-mail|call|message|update|notification|sms|text|confirmation|response|reply|callback|call-back|follow-?up|phone call))\b` },
    { id: 'en.followup.keep-posted', pattern: r`\b(?:i(?:'ll| will)|we(?:'ll| will)) (?:keep (?:you )?(?:updated|posted|informed|in the loop)|stay in touch|stay on top of (?:this|it|your case)|keep (?:on top of|following) (?:this|it|your case))|\bkeep an eye on|\bstay in touch with you|\bi(?:'ll| will) (?:keep|be keeping) (?:an eye|track|watch)\b` },
    { id: 'en.followup.once-done', pattern: r`\b(?:once|as soon as|when|the moment|after|whenever|if)\b[^.!?]{0,60}\b(?:i|we|they|the team|you)(?:'ll| will| shall)? (?:let you know|update you|notify you|contact you|tell you|inform you|email you|message you|get back|hear|be notified|receive an? (?:email|update|notification))` },
    { id: 'en.followup.follow-up-noun', pattern: r`\b(?:a|my|our|the) follow-?up (?:call|email|e-mail|message)\b|\bschedule (?:a|an) (?:call|callback|follow-up)\b|\bcall(?:-| )?back\b(?! (?:number|option))` },
    { id: 'en.followup.someone-will-contact', pattern: r`\b(?:they|security|the team|our team|the [a-z]+ team|someone|a specialist|an agent|a colleague|the courier|we)\b[^.!?]{0,60}\b(?:will|'ll)\b[^.!?]{0,60}\b(?:call|phone|ring|email|contact|update|get back to|reach out to|message|text) you\b|\band (?:will|'ll) (?:update|call|email|contact|message|text|get back to|follow up with) you\b` },
  ],
  guards: [
    { id: 'en.followup.guard.transfer-now', pattern: r`\b(?:transfer|connect|put)(?:ring|ing)? you (?:now|right now|immediately|through now)\b`, scope: 'match' },
    { id: 'en.followup.guard.never-contact', pattern: r`\b(?:never|not|won't|will not)\b[^.!?]{0,20}\b(?:contact|call|email|message|text) you\b[^.!?]{0,40}\b(?:{SECRET}|password|code|pin|details)`, scope: 'sentence' },
  ],
});
