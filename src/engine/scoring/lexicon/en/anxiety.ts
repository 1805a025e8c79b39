import { defineLexicon } from '../lexicon-types.ts';

const r = String.raw;

export default defineLexicon({
  lang: 'en',
  signal: 'anxiety',
  description: "the customer's anxiety or urgency: give a time commitment and the shortest path",
  cues: [
    { id: 'en.anxiety.urgent', pattern: r`\b(?:asap|urgent(?:ly)?|emergency|right now|immediately|need it (?:now|today|tonight|by)|deadline|due (?:today|tonight|tomorrow|in)|running out of time|no time|in (?:an|one|two|a few) hours?|before (?:tomorrow|tonight|my|the)|can't wait|hurry|quick(?:ly)?|time-sensitive|time sensitive|last chance|about to (?:start|expire|go live)|going live|live in|stream starts|starts in)\b` },
    { id: 'en.anxiety.worry', pattern: r`\b(?:worried|anxious|nervous|scared|afraid|panic(?:king)?|freaking out|stressed|desperate|terrified|help me|please help|what do i do|what should i do|i don't know what to do|losing (?:money|followers|my)|all my (?:money|savings)|my (?:savings|rent|salary)|someone (?:stole|took|hacked)|hacked|stolen)\b` },
  ],
});
