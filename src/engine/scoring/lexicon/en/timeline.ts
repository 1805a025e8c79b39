import { defineLexicon } from '../lexicon-types.ts';

const r = String.raw;

const DEADLINE = r`today|tonight|tomorrow(?: morning| afternoon| evening| noon| night)?|this (?:afternoon|evening|morning|week|weekend)|later today|end of (?:the )?(?:day|week|business day|business|month|shift)|(?:the )?end of (?:today|tomorrow)|next (?:week|month|business day|working day|{WEEKDAY}\w*)|(?:this |next |on |by )?{WEEKDAY}(?:day)?(?: (?:morning|afternoon|evening|noon))?|noon|midday|midnight|eod|cob|close of business|\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|o'clock)|\d{1,2}:\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)(?: of \w+)?|the \d{1,2}(?:st|nd|rd|th)`;

export default defineLexicon({
  lang: 'en',
  signal: 'timeline',
  description:
    "a concrete time frame with a number or a deadline ('within 2 hours', '3-5 business days', 'by tomorrow noon'); 'soon' or 'asap' is not one",
  cues: [
    { id: 'en.timeline.within-n', pattern: r`\b(?:within|in|under|inside(?: of)?|up to|no (?:later|more) than|over the next|in the next|during the next|for the next|takes?|take up to|taking|should take|will take|usually takes|typically takes|normally takes|may take|can take|could take|allow|around|about|approximately|roughly|less than|at most|max(?:imum)?|another|next|after|give it|give us|give me|wait up to|expect it in|arrive in|be there in|be back in)\s+(?:the next\s+|a further\s+|another\s+)?(?:{NUMBER})(?:\s*(?:-|to|or|~|and)\s*(?:{NUMBER}))?\s*(?:more\s+|full\s+|extra\s+)?(?:{TIME_UNIT})\b` },
    { id: 'en.timeline.range', pattern: r`\b\d+(?:\.\d+)?\s*(?:-|to|~|–)\s*\d+(?:\.\d+)?\s*(?:{TIME_UNIT})\b` },
    { id: 'en.timeline.n-business-days', pattern: r`\b(?:{NUMBER})[\s-]*(?:business|working|banking|calendar) days?\b|\b(?:24|48|72|12|2|6)[\s-]*(?:h|hrs?|hours?)\b(?:[^.!?]{0,20}\b(?:window|turnaround|sla|review|response))?` },
    { id: 'en.timeline.within-the-hour', pattern: r`\bwithin (?:the|an|one|the next|a) (?:hour|day|week|business day|working day)\b` },
    { id: 'en.timeline.by-deadline', pattern: r`\b(?:by|before|until|no later than|not later than|at|around|first thing|early|late|latest|end of|starting)\s+(?:the\s+)?(?:${DEADLINE})\b` },
    { id: 'en.timeline.commitment-day', pattern: r`\b(?:will|'ll|should|shall|going to|expect|aim|promise|planned|scheduled|booked|arrives?|arriving|due)\b[^.!?]{0,40}?\b(?:${DEADLINE})\b` },
    { id: 'en.timeline.every', note: "'by one' in 'one by one' is no clock time", pattern: r`\bevery (?:{NUMBER})\s*(?:{TIME_UNIT})\b|(?<!\b(?:one|two|step|piece|bit|little) )\b(?:at|by|before|around|for) (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midday)(?: o'clock| thirty| am| pm|-thirty)?\b(?= ?(?:(?:tomorrow|today|tonight|on|this|we|i)\b|[,.]|$))` },
    { id: 'en.timeline.clock', pattern: r`\b(?:by|before|at|until|around|for|from)\s+\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|o'clock)?\b(?!\s*(?:%|percent|items?|orders?|people|users|dollars?|\$))` },
  ],
  guards: [
    { id: 'en.timeline.guard.past', pattern: r`\b(?:{NUMBER})\s*(?:{TIME_UNIT})\s+(?:ago|late|overdue|already|now|straight|in a row|before|earlier|since|old|of (?:waiting|delay))\b|\b(?:past|last|been|waited|waiting|for over|for more than|since|over)\s+(?:the\s+)?(?:{NUMBER})\s*(?:{TIME_UNIT})|\b(?:it's|it has|it's been|has been|have been|you've been|i've been)\b[^.!?]{0,20}(?:{NUMBER})\s*(?:{TIME_UNIT})`, scope: 'match' },
    { id: 'en.timeline.guard.moment', pattern: r`\b(?:in|within|give me|for|wait|just|hold on|one|a)\s+(?:a|one|1|two|2)?\s*(?:sec|secs|second|seconds|moment|minute|min|mo|jiffy|tick)\b(?!s)`, scope: 'match' },
    { id: 'en.timeline.guard.policy', pattern: r`\b(?:{NUMBER})[\s-]*(?:day|hour|month|week)[\s-]*(?:return|refund|money-back|trial|guarantee|warranty|window|policy|old|limit|cooling)|\b24/7\b|\b(?:older|newer|younger) than\b|\bday \d+\b|\bfor (?:{NUMBER})\s*(?:{TIME_UNIT}) (?:now|already)`, scope: 'match' },
    { id: 'en.timeline.guard.today-greeting', pattern: r`\b(?:help|assist|doing|contacting us|reaching out|chatting|going|feeling)(?: you)?(?: with anything)? today\b|\btoday's\b|\bas of today\b`, scope: 'match' },
    { id: 'en.timeline.guard.past-clock', pattern: r`\b(?:yesterday|last (?:night|week|evening|weekend)|earlier today|this morning|the other day)\b[^.!?,]{0,16}\b(?:at|around|about|by)\s+\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?|\b(?:at|around|about)\s+\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?\s+(?:yesterday|last night|this morning|earlier)\b|\b(?:was|were|got|sent|charged|signed|placed|made|paid|happened|delivered|dropped off)\b[^.!?,]{0,24}\b(?:at|around|about)\s+\d{1,2}(?::\d{2})\s*(?:am|pm|a\.m\.|p\.m\.)?`, scope: 'match' },
    { id: 'en.timeline.guard.their-schedule', pattern: r`\b(?:your|their|his|her|the customer's) (?:meeting|appointment|flight|deadline|class|exam|event|shift|interview|call|presentation|stream|livestream|show|launch|wedding|trip|surgery)\b[^.!?,]{0,16}?\b(?:(?:is|was|starts?|begins?|ends?)\s+)?(?:at|by|before|on|until|tomorrow|today|tonight|this)\b[^.!?,]{0,14}`, scope: 'match' },
  ],
});
