import { defineLexicon } from '../lexicon-types.ts';

const r = String.raw;

export default defineLexicon({
  lang: 'en',
  signal: 'anger',
  description: "the customer's anger: apologise first and solve fast",
  cues: [
    { id: 'en.anger.again-and-again', pattern: r`\b(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|tenth|umpteenth|nth|100th|hundredth) time (?:i(?:'m| am|'ve| have)? )?(?:been )?(?:contact|writ|call|messag|ask|email|chat|reach|tell|explain|complain|chas|report)\w*|\b(?:\d+|two|three|four|five|six|ten) (?:times|calls|emails|messages|tickets)(?: now| already)?,? and (?:still )?(?:nothing|no (?:reply|answer|response|one|fix|refund))\b(?! (?:was|is|went|has|had|seemed|else|wrong|happened to))`, note: "'4th time contacting you!!', 'third time I'm writing': a customer made to come back again" },
    { id: 'en.anger.insult', pattern: r`\b(?:garbage|trash|rubbish|useless|pathetic|joke|ridiculous|unacceptable|disgusting|disgrace(?:ful)?|outrageous|shameful|incompetent|worst|terrible|horrible|awful|scam(?:mers?)?|fraud|thieves|thief|crooks?|liars?|clowns?|idiots?|stupid|dumb|ripoff|rip-off|ripped off|robbed|stole|stealing|wtf|what the (?:hell|heck|f\w*)|bs|bullshit|crap|damn|hell)\b` },
    { id: 'en.anger.never-again', pattern: r`\b(?:never again|never (?:using|use|buying|buy|shopping|ordering|coming back)|done with (?:you|this)|cancel(?:ling)? (?:my|everything)|delete (?:my|this) (?:account|app)|leave a (?:bad|1-star|one-star) review|report you|sue you|lawyer|consumer (?:protection|council)|chargeback|deleting (?:this|the) app|uninstall)\b` },
    { id: 'en.anger.feeling', pattern: r`\b(?:furious|angry|mad|pissed|livid|fuming|outraged|sick (?:and tired )?of|fed up|had enough|so annoyed|infuriating|unbelievable|how dare|are you kidding|are you serious|seriously\?|i want my money back|give me my money|refund me now|this is a joke|what kind of (?:company|service|app))\b|!!+|\?!|!\?` },
  ],
});
