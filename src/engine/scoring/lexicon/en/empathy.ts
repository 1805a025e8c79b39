import { defineLexicon } from '../lexicon-types.ts';

const r = String.raw;

export default defineLexicon({
  lang: 'en',
  signal: 'empathy',
  description:
    "acknowledges the customer's feelings or situation, apologises for the trouble (see apology), or reassures them that it will be taken care of",
  cues: [
    { id: 'en.empathy.acknowledge-feeling', pattern: r`\b(?:i|we)(?: (?:completely|totally|fully|really|truly|definitely|absolutely|can|do|can totally|can really|can certainly|can only|can definitely|certainly|understand and))* (?:understand|see|get|know|imagine|appreciate|hear|recogni[sz]e|reali[sz]e|feel|sense|can tell)\b[^.!?]{0,60}?\b(?:{FEELING})(?! to\b)` },
    { id: 'en.empathy.understand', pattern: r`\b(?:i|we) (?:completely |totally |fully |really |truly |absolutely |definitely |do |can )?(?:understand|get it|hear you|feel you|feel for you|get where you're coming from|see where you're coming from|see why|understand why|see how|understand how|know how|know the feeling|know what you mean|can only imagine|can't imagine how)\b` },
    { id: 'en.empathy.sounds-hard', pattern: r`\b(?:that|this|it|which|all this|all of this|what you've been through|what happened)(?:'s| is| was| has been| must be| must have been| sounds| sounded| seems| looks| would be| would have been| can be|'d be)(?: (?:really|so|very|incredibly|super|quite|truly|extremely|pretty|absolutely|such|a|an|genuinely|understandably|totally|completely|deeply|awfully|definitely|just|like|a lot of|a real|a huge|a big|hugely|seriously|beyond))* (?:{FEELING})(?! to\b)` },
    { id: 'en.empathy.must-feel', pattern: r`\b(?:must|must've|must have|would|'d) (?:be|feel|have been|have felt)(?: (?:really|so|very|incredibly|super|quite|truly|extremely|pretty|such|a|an|awfully))* (?:{FEELING})(?! to\b)` },
    { id: 'en.empathy.what-a', pattern: r`\bwhat an? (?:{FEELING}|pain|hassle|mess|ordeal|experience|situation|day|headache)\b` },
    { id: 'en.empathy.anyone-would', pattern: r`\b(?:i(?:'d| would)(?: (?:be|feel))?(?: (?:just as|equally|really|so|very))? (?:{FEELING})(?: too| as well)?|anyone would (?:be|feel)|(?:you have|you've got) every (?:right|reason) to (?:be|feel)|i(?:'d| would) feel the same|in your (?:shoes|position),? i)` },
    { id: 'en.empathy.feeling-valid', pattern: r`\b(?:your|the) (?:frustration|concern|anger|worry|worries|feelings?|reaction|disappointment|upset|stress|annoyance|fear|concerns) (?:is|are|makes?) (?:completely |totally |entirely |perfectly |so |very |absolutely )?(?:valid|understandable|justified|fair|reasonable|natural|normal|sense)` },
    { id: 'en.empathy.understandable', pattern: r`\b(?:(?:completely|totally|perfectly|entirely|very|so|fully|absolutely) understandable|(?:that|it)(?:'s| is) (?:only )?(?:understandable|natural|normal) (?:to|that|you)|understandably)\b` },
    { id: 'en.empathy.thanks-patience', pattern: r`\bthank(?:s| you)(?: so much| very much| a lot| again| kindly)? for (?:your |the |all your )?(?:patience|understanding|bearing with|waiting|hanging in|sticking with|being (?:so )?(?:patient|understanding)|your time and patience|putting up with|staying with)` },
    { id: 'en.empathy.appreciate-patience', pattern: r`\b(?:i|we) (?:really |truly |do )?appreciate (?:your|you(?:r)? being) (?:patience|understanding|patient|understanding)` },
    { id: 'en.empathy.dont-worry', pattern: r`\b(?:please )?(?:don't|do not|dont|no need to|try not to) (?:worry|panic|stress|fret|be alarmed|be scared|lose sleep)\b` },
    { id: 'en.empathy.rest-assured', pattern: r`\b(?:rest assured|be assured|you can be sure|i assure you|i promise (?:you|we|i|to)|i give you my word|you have my word)\b` },
    { id: 'en.empathy.take-care', pattern: r`\b(?:i|we)(?:'ll| will| am going to|'m going to| are going to|'re going to)(?: personally| definitely| absolutely| certainly| do (?:my|our) best to| do everything (?:i|we) can to)? (?:make sure|ensure|see to it|take care of (?:this|it|you|everything|that)|get (?:this|it|you|that|everything) (?:sorted|fixed|resolved|done|back|sorted out|taken care of)|sort (?:this|it|that) out|look after|stay with you|be with you|see this through|get to the bottom|do (?:my|our|everything|whatever|all) (?:best|(?:i|we) can))` },
    { id: 'en.empathy.we-will-fix', pattern: r`\bwe(?:'ll| will)(?: definitely| absolutely| certainly)? (?:get|sort) (?:this|it|you|that)(?: all)? (?:sorted|fixed|resolved|back|taken care of|squared away|out)` },
    { id: 'en.empathy.good-hands', pattern: r`\b(?:you(?:'re| are) in (?:good|safe|great) hands|(?:i|we)(?:'ve| have) got (?:you|this|your back)|i(?:'m| am) (?:here (?:for|with) you|on it|not going anywhere|right here|here to help)|we(?:'re| are) (?:here for you|on it|here to help)|you(?:'re| are) not alone|i(?:'m| am) glad you (?:reached out|told|contacted|let us know|came|wrote|flagged|reported|asked))\b` },
    { id: 'en.empathy.take-seriously', pattern: r`\b(?:i|we) (?:take|am taking|are taking|'re taking|'m taking) (?:this|it|your (?:\w+ )?(?:report|complaint|concern|feedback|case|safety|security)|the matter|these reports|this matter) (?:very |really |extremely )?seriously` },
    { id: 'en.empathy.not-your-fault', pattern: r`\b(?:this|that|it)(?:'s| is| was)? (?:not|n't|definitely not|certainly not|absolutely not|in no way) (?:your|ur) (?:fault|doing|mistake)|\byou (?:did|have done|'ve done) nothing wrong|\bnone of this is (?:your|ur) fault|\bnot on you\b` },
    { id: 'en.empathy.should-not-happen', pattern: r`\b(?:this|that|it)(?: really| definitely| certainly)? (?:shouldn't|should not|should never|shouldn't ever) (?:have )?(?:happen(?:ed)?|be (?:happening|the case))|\bnot the experience (?:we|i) want|\bnot (?:the|a) (?:experience|service) (?:you|anyone) (?:deserve|should have)|\byou deserve (?:better|a proper)` },
    { id: 'en.empathy.sorry-to-hear', pattern: r`\b(?:sad|heartbroken|concerned|worried|upset) to hear\b` },
    { id: 'en.empathy.how-hard', pattern: r`\b(?:how|what) (?:frustrating|stressful|upsetting|annoying|worrying|scary|hard|difficult|awful|disappointing|inconvenient|exhausting|painful) (?:this|that|it) (?:is|must be|has been|was|must have been|can be)` },
    { id: 'en.empathy.support-offer', pattern: r`\b(?:it took (?:a lot of )?courage|thank you for (?:trusting|telling|sharing (?:this|that))|you matter|your (?:safety|wellbeing|well-being) (?:is|matters))` },
  ],
  guards: [
    { id: 'en.empathy.guard.dont-understand-why', pattern: r`\b(?:i|we) (?:don't|do not|can't|cannot) (?:understand|see|get) why (?:you|u)(?:'re| are| would| get)`, scope: 'sentence' },
    { id: 'en.empathy.guard.dont-care', pattern: r`\b(?:i|we) (?:don't|do not) care\b|\bnot my problem\b|\bwhatever\b`, scope: 'sentence' },
    { id: 'en.empathy.guard.sarcastic', pattern: r`\b(?:sorry|understand)\b[^.!?]{0,30}\b(?:not (?:good|fast|smart|perfect) enough|high standards|your highness|mind ?reader|magician)`, scope: 'sentence' },
    { id: 'en.empathy.guard.it-is-hard-to', pattern: r`\b(?:it's|it is) hard to (?:say|tell|know)\b` },
  ],
});
