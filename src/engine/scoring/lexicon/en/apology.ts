import { defineLexicon } from '../lexicon-types.ts';

const r = String.raw;

export default defineLexicon({
  lang: 'en',
  signal: 'apology',
  description: 'a sincere apology for the trouble; a sarcastic apology is not one',
  cues: [
    { id: 'en.apology.sorry', pattern: r`\b(?:sorry|soz|sry)\b` },
    { id: 'en.apology.apologise', pattern: r`\bapolog(?:y|ies|ise|ize|ised|ized|ising|izing)\b` },
    { id: 'en.apology.regret', pattern: r`\b(?:(?:i|we) (?:sincerely |deeply |truly )?regret (?:the|any|this|that|our)|my bad|forgive (?:me|us|the)|excuse (?:the|our|my) (?:delay|wait|mix-?up|mistake|error|confusion)|pardon (?:the|our) (?:delay|wait|confusion))\b` },
    { id: 'en.apology.our-mistake', pattern: r`\b(?:(?:that|this|it)(?:'s| is| was) (?:entirely |completely |totally |all )?(?:our|my) (?:mistake|fault|error|bad)|we (?:messed|screwed) up|(?:we|i) (?:made|have made) (?:a|an) (?:mistake|error))\b` },
  ],
  guards: [
    { id: 'en.apology.guard.always-sorry', pattern: r`\byou(?:'re| are) always sorry\b|\bsorry doesn't (?:fix|change|cut)\b`, scope: 'sentence', note: "'Yeah, you're always sorry' is a jab, not an apology" },
    { id: 'en.apology.guard.feel-that-way', pattern: r`\bsorry (?:that |if )?(?:you|u) (?:feel|think|believe|see it|took it) (?:that way|like that|so|this way)|\bsorry if (?:you|that|anyone) (?:feel|felt|were|was|got) (?:offended|upset|hurt|that way)`, scope: 'sentence' },
    { id: 'en.apology.guard.not-sorry', pattern: r`\bsorry,? not sorry|\b(?:i'm|i am|we're|we are) not sorry|\bno need to (?:apologi[sz]e|be sorry|say sorry)|\b(?:don't|do not) (?:apologi[sz]e|be sorry)|\bnothing to (?:apologi[sz]e|be sorry) (?:for|about)|\byou (?:don't|do not) (?:have|need) to (?:apologi[sz]e|be sorry)|\bi (?:won't|will not) apologi[sz]e`, scope: 'clause' },
    { id: 'en.apology.guard.exasperated', pattern: r`\b(?:i'm |i am )?sorry,? (?:ok|okay|alright)?,? ?(?:i'm |i am )sorry\b|\bmove on\b|🙄|😒|🙃|\bi guess\s*$|\bi suppose\s*$|/s\b|\bwhatever\b`, scope: 'sentence' },
    { id: 'en.apology.guard.more-sarcasm', pattern: r`\bbetter things to do\b|^(?:oh|well|wow),? (?:i'm |i am |so |very |terribly )?sorry,? (?:is|are|was|did|am|i didn't (?:realise|realize|know)|i forgot)\b|\bi didn't (?:realise|realize) i was talking to\b|\bsorry you had to (?:wait|endure|suffer|sit through)\b[^.!?]{0,30}\b(?:whole|entire|free)\b|\bwith all due respect\b`, scope: 'sentence' },
    { id: 'en.apology.guard.sarcastic', pattern: r`\b(?:sorry|apolog\w*)\b[^.!?]{0,40}\b(?:(?:isn't|is not|aren't|wasn't|not) (?:perfect|good enough|fast enough|up to your standards|to your liking|fancy enough)|revolve[sd]? around|(?:can't|cannot|couldn't|don't|didn't|are unable to) (?:follow|read|understand|figure|keep up|use)|not (?:good|fast|smart|perfect|fancy|quick) enough|(?:not|isn't|aren't|wasn't|weren't) (?:\w+ ){1,2}enough for (?:you|your)\b|(?:high|lofty|impossible) (?:standards|expectations)|your highness|mind ?reader|magician|for existing|for breathing|to disappoint)|\bwell,? excuse me\b|\bso+ sorry (?:that )?(?:you|we) (?:can't|cannot|couldn't) (?:read|understand|follow|wait)`, scope: 'sentence' },
  ],
});
