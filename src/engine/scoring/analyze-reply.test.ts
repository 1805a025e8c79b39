import { fc, test as propTest } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { analyzeReply, MAX_REPLY_LENGTH, ReplyInputError, safeAnalyzeReply } from './analyze-reply.ts';
import type { ForbiddenCategory, ReplyAnalysis } from './types.ts';

const categories = (a: ReplyAnalysis): ForbiddenCategory[] => [
  ...new Set(a.forbidden.map((f) => f.category)),
];

/** each reply gets no forbidden phrase */
function expectSafe(replies: readonly string[]): void {
  for (const reply of replies) expect(analyzeReply(reply).forbidden, reply).toEqual([]);
}

/** each reply gets at least its category */
function expectFlagged(cases: readonly (readonly [string, ForbiddenCategory])[]): void {
  for (const [reply, category] of cases) expect(categories(analyzeReply(reply)), reply).toContain(category);
}

/** each reply gets its category, and the question in it is not read as one */
function expectRhetorical(replies: readonly string[], category: ForbiddenCategory): void {
  for (const reply of replies) {
    const a = analyzeReply(reply);
    expect(categories(a), reply).toContain(category);
    expect(a.question.fired, reply).toBe(false);
  }
}

/** each reply is read as a question, or as none */
function expectQuestion(replies: readonly string[], fired: boolean): void {
  for (const reply of replies) expect(analyzeReply(reply).question.fired, reply).toBe(fired);
}

/** each reply is read as empathy, or as none */
function expectEmpathy(replies: readonly string[], fired: boolean): void {
  for (const reply of replies) expect(analyzeReply(reply).empathy.fired, reply).toBe(fired);
}

function expectSpansPointIntoTheOriginal(a: ReplyAnalysis): void {
  const all = [
    ...a.empathy.evidence,
    ...a.apology.evidence,
    ...a.question.evidence,
    ...a.restatement.evidence,
    ...a.solution.evidence,
    ...a.timeline.evidence,
    ...a.followup.evidence,
    ...a.forbidden,
  ];
  for (const e of all) {
    expect(e.span.start).toBeGreaterThanOrEqual(0);
    expect(e.span.end).toBeLessThanOrEqual(a.text.length);
    expect(e.span.start).toBeLessThan(e.span.end);
    expect(e.cue).toBe(a.text.slice(e.span.start, e.span.end));
  }
}

describe('analyzeReply: signals', () => {
  it('reads a complete good reply in English', () => {
    const a = analyzeReply(
      "I'm so sorry about the double charge, I can see why that's upsetting. So you were charged twice for one gift, right? I've refunded the duplicate, you'll see it within 3-5 business days, and I'll email you once it lands.",
    );
    expect(a.lang).toBe('en');
    expect({
      empathy: a.empathy.fired,
      apology: a.apology.fired,
      question: a.question.level,
      restatement: a.restatement.fired,
      solution: a.solution.fired,
      timeline: a.timeline.fired,
      followup: a.followup.fired,
      forbidden: categories(a),
    }).toEqual({
      empathy: true,
      apology: true,
      question: 'closed',
      restatement: true,
      solution: true,
      timeline: true,
      followup: true,
      forbidden: [],
    });
  });

  it('reads simplified and traditional Chinese alike', () => {
    const cn = analyzeReply(
      '非常抱歉让您久等了,请问您用的是哪个手机型号?我已为您提交退款,3-5个工作日到账,到账后第一时间通知您。',
    );
    const tw = analyzeReply(
      '非常抱歉讓您久等了，請問您用的是哪個手機型號？我已為您提交退款，3-5個工作天到帳，到帳後第一時間通知您。',
    );
    for (const a of [cn, tw]) {
      expect(a.lang).toBe('zh');
      expect([
        a.empathy.fired,
        a.apology.fired,
        a.question.level,
        a.solution.fired,
        a.timeline.fired,
        a.followup.fired,
      ]).toEqual([true, true, 'focused', true, true, true]);
    }
  });

  it('finds a question without a question mark', () => {
    expect(analyzeReply('Have you tried restarting the app').question).toMatchObject({
      fired: true,
      level: 'closed',
    });
    expect(analyzeReply('您方便提供一下订单号吗').question).toMatchObject({ fired: true, level: 'focused' });
    expect(analyzeReply('please describe what happened when you tried to log in').question.level).toBe(
      'open',
    );
    expect(analyzeReply('麻烦发一下付款截图').question.fired).toBe(true);
  });

  it('does not count a rhetorical or hostile question as a clarification', () => {
    expect(analyzeReply('你到底想怎么样?').question.fired).toBe(false);
    expect(analyzeReply('What do you want me to do about it?').question.fired).toBe(false);
    expect(analyzeReply('有这么严重吗?').question.fired).toBe(false);
  });

  it('reads a question that blames or brushes off the customer as rhetorical, whatever its wording', () => {
    // question words, but the sentence pushes the problem back onto the customer
    const blame = analyzeReply('Fifth time, huh. Have you considered that maybe the problem is your phone?');
    expect(categories(blame)).toContain('blame');
    expect(blame.question.fired).toBe(false);
    const denial = analyzeReply('别人都没问题,您是不是输错了?');
    expect(denial.forbidden.length).toBeGreaterThan(0);
    expect(denial.question.fired).toBe(false);
    // a genuine question in another sentence of the same reply still counts
    const mixed = analyzeReply("That's the courier's problem, not ours. Which courier delivered it?");
    expect(categories(mixed)).toContain('blame');
    expect(mixed.question).toMatchObject({ fired: true, level: 'focused' });
    // a bare echo with a question mark, next to a sentence that blames: scorn, not a question
    const echo = analyzeReply("Lost it? That's on you, not me.");
    expect(categories(echo)).toContain('blame');
    expect(echo.question.fired).toBe(false);
    expect(analyzeReply('Lost it? Let me check the tracking for you.').question.fired).toBe(true);
  });

  it('treats a safety warning as the opposite of a privacy violation', () => {
    expect(
      analyzeReply('We will never ask for your password or code, please keep them to yourself.').forbidden,
    ).toEqual([]);
    expect(analyzeReply('请勿将验证码告诉任何人,包括客服。').forbidden).toEqual([]);
    // nor is it a categorical claim, however the request is worded; and a code sent to the customer is not asked for
    expectSafe([
      "No, that's not us, we will never DM you asking for a code or password.",
      "I can't see or read out verification codes, they only ever go to your own phone or email.",
      '请您千万不要点击链接,我们从来不会通过短信要求您输入密码或验证码。',
      '付款時銀行會傳一次性驗證碼到您的手機,請在付款頁面自行輸入就好。',
    ]);
    const ask = analyzeReply('Please tell me the verification code we just texted you.');
    expect(categories(ask)).toEqual(['privacy']);
    expect(ask.question.fired).toBe(true);
  });

  it('flags a password asked for however it is spelled', () => {
    expect(categories(analyzeReply('pls give me ur p a s s w o r d and i will check'))).toContain('privacy');
    expect(categories(analyzeReply('麻烦您把 验 证 码 发一下'))).toContain('privacy');
    // passed over (传) rather than sent, and asked for with 您说一下
    expect(categories(analyzeReply('真的要我查,就把密碼傳過來。'))).toContain('privacy');
    for (const ask of [
      'Just need ur online banking PIN to link your existing account 👍',
      'Sure! Pop the verification code from the email we just sent in here and I will unlock it.',
      '麻煩把手機收到的OTP碼貼上來,我幫您變更。',
      '我刚给您手机发了6位验证码,您报一下。',
    ]) {
      expect(categories(analyzeReply(ask)), ask).toContain('privacy');
    }
    expect(categories(analyzeReply('您说一下之前设置的支付密码大概是多少,我帮您核对。'))).toContain(
      'privacy',
    );
  });

  it('does not read a hedged limit, a fix or a right as a categorical or dismissive claim', () => {
    expectSafe([
      "Gifts usually can't be reversed, but accidental ones sent today can be reviewed.",
      "Turn large gift animations off in Settings so it can't happen mid-match again.",
      '30 seconds makes chatting impossible, I agree.',
      "You're entitled to a written explanation, and I'll request it now.",
      'Usually 5-7 working days after we receive the item. Do you have a return label already',
    ]);
    expectFlagged([
      ["Gifts can't be reversed.", 'absolute'],
      ['Send it already!', 'impatient'],
    ]);
  });

  it('reads an eye-roll after a question as cold, and the question as rhetorical', () => {
    const rolled = analyzeReply('Have you tried turning it off and on again? 🙄');
    expect(categories(rolled)).toEqual(['impatient']);
    expect(rolled.question.fired).toBe(false);
    const warm = analyzeReply('Which device are you on? 😊');
    expect(warm.forbidden).toEqual([]);
    expect(warm.question.fired).toBe(true);
  });

  it('reads a reproach in 不是…吗 form as rhetorical and cold, not as a question', () => {
    expectRhetorical(['现在不是理你了吗。', '我不是在帮您吗?', '刚才不是教过你了吗。'], 'impatient');
    // asking the customer to confirm stays a question
    expect(analyzeReply('您不是买了两件吗?').question.fired).toBe(true);
  });

  it('reads an honest limit the agent then acts on as no blame', () => {
    const limit = '我們沒辦法強制主播履行私下承諾，但用禮物換宣傳違反創作者規範，我會回報給創作者政策小組。';
    expect(analyzeReply(limit).forbidden).toEqual([]);
    expect(categories(analyzeReply('我们没办法,您找商家吧。'))).toContain('blame');
  });

  it('reads a limit the agent then takes on, a question about what the customer did and a courtesy as safe', () => {
    expectSafe([
      'Sorry to hear that. When did you first message the seller?',
      "Billing isn't my team, but I won't bounce you around: I've sent your case to billing myself.",
      '计费不归我们组管,但我不会让您来回跑,已经直接转给计费团队。',
      '非常抱歉让您受到这样的对待,这绝对不是我们希望看到的。',
      '之后登录会收到短信验证码,在APP里输入即可,有人私信找您要的话一律不要给。',
      'Anytime 🙂',
    ]);
    expectFlagged([
      ["Billing isn't my team, but you can message them.", 'blame'],
      ['计费不归我们组管,但您可以自己联系他们。', 'blame'],
    ]);
  });

  it('reads "didn\'t you check before buying?" as blame, not as a question', () => {
    expectRhetorical(
      ['您買之前都不看評價的嗎?', 'Did you check the size chart before ordering? It is clearly there.'],
      'blame',
    );
    expect(analyzeReply('您付款前看到的价格是多少?').forbidden).toEqual([]);
  });

  it('reads an invitation to speak as offering help, and a repeated denial or "who wouldn\'t" as no question', () => {
    expect(analyzeReply('您好呀 请说~').question.level).toBe('open');
    expect(analyzeReply('嗯，我听着呢，你慢慢说。').question.fired).toBe(true);
    for (const none of [
      '不會不會,也謝謝您一路耐心等待。',
      '連續三場都斷,換誰不抓狂?我已經把您的推流紀錄交給工程組。',
    ]) {
      expect(analyzeReply(none).question.fired, none).toBe(false);
    }
    expect(analyzeReply('您方便说一下会不会是在别的设备登录过?').question.fired).toBe(true);
  });

  it('reads a condition, a question, sympathy and an impostor warning that share words with forbidden phrases as safe', () => {
    expectSafe([
      'Possibly, if nobody else has claimed it. What was the old username?',
      "The split is set in the agreement and I can't change it myself, but I can share how the partner program lowers it.",
      "That's awful and you shouldn't have to deal with it.",
      'Can you tell me what the ban notice said and when you received it?',
      "You have every right to be, and I'm not going to tell you to calm down.",
      "Have you noticed any posts or messages you didn't send?",
      "If anyone contacts you asking for your password or a code during this time, it's not us.",
      '千万别给!我们也永远不会要求您把密码告诉任何人。',
      '您这么说我能理解,一定是遇到了很糟心的事。',
      '一周都没回复确实太久了,辛苦您一直等着。',
    ]);
    expectFlagged([
      ['Calm down.', 'dismissive'],
      ['Deal with it.', 'impatient'],
      ["You didn't send the photo.", 'blame'],
      ['等着吧。', 'impatient'],
    ]);
  });

  it('reads privacy advice, questions about what happened, candour and reassurance as safe', () => {
    expectSafe([
      'Great idea! Create a password only you know.',
      'What part of it feels hardest?',
      'How many times has it gone missing?',
      "You won't need to sort this out on your own.",
      "I know it's felt impossible to get hold of us today, and I'm sorry.",
      "That should never happen. I'm sorry.",
      'ok checking now',
      '都是您自己操作,我这边不需要知道哦',
      '您的钱一分都不会少。',
      '两天都是0确实不太正常',
      '投诉不一定是你的问题。',
      '是哪一类题听不懂?',
    ]);
    expect(analyzeReply('是哪一类题听不懂?').question.fired).toBe(true);
    expectFlagged([
      ["What part of 'wait' don't you understand?", 'impatient'],
      ['How many times do I have to tell you?', 'impatient'],
      ['Sort it out yourself.', 'impatient'],
      ['是您自己操作失误。', 'blame'],
      ['你听不懂吗?', 'impatient'],
    ]);
  });

  it('reads disowning an impostor, a code sent to the customer and an answer to a safety question as safe', () => {
    expectSafe([
      '不是我们!官方客服绝对不会私信索要验证码或密码,请不要回复他。',
      '官方客服绝对不会通过短信、电话或者聊天索要验证码、密码。可以在App里举报这个号码。',
      "I'll generate a new pickup code and send it to your phone.",
      'Absolutely not, and good call asking first. No genuine seller ever needs your verification code.',
      "It's the courier's job to get it to you, and I'll chase them today.",
    ]);
    expectFlagged([
      ['不是我们,是快递的问题。', 'blame'],
      ['把验证码报给我', 'privacy'],
      ["Absolutely not. We don't do refunds.", 'absolute'],
      ["It's the courier's job, not mine.", 'blame'],
    ]);
  });

  it('reads "cannot possibly", "with 100% certainty", 说什么都不 and 哪会出错 as categorical, and candour as not', () => {
    expectFlagged([
      ["Your order cannot possibly be lost, it's with the courier.", 'absolute'],
      ['I can tell you with 100% certainty our packers never send empty boxes.', 'absolute'],
      ['不退,说什么都不退。', 'absolute'],
      ['机器审核哪会出错,是你内容有问题。', 'absolute'],
    ]);
    expectSafe(["I can't possibly promise that.", "I can't say with 100% certainty when it will arrive."]);
    expect(analyzeReply('哪里出错了?我帮您看看').forbidden).toEqual([]);
  });

  it('reads "you\'re typing it wrong" and "您看错了" as blame, unless they are a condition or an offer', () => {
    expectFlagged([
      ["It works. You're typing it wrong.", 'blame'],
      ['您地址写错了当然会被退回啊。', 'blame'],
    ]);
    expectSafe([
      "If you're entering it wrong, the app will say so.",
      '如果您地址写错了,可以在订单页修改。',
      '您写错了也没关系,我帮您改。',
    ]);
  });

  it('reads a shrug ("So?", "ok and?", 所以呢?) and a reproach (怎么能…, 不都…吗) as no question', () => {
    expectQuestion(
      [
        'ok and? you still need to prove it',
        'So? It will arrive.',
        '所以呢?又不是不给您送。',
        '你怎么能把验证码告诉别人呢?',
        '字幕只是个附加功能,其他功能不都能正常用吗?',
        '所以呢?我现在不就在回了。',
        '就晚两天还要补偿?',
      ],
      false,
    );
    // a prompt to go on, or a real yes-no question, is still a question
    expect(analyzeReply('然后呢?您接着说').question.fired).toBe(true);
    expect(analyzeReply('您看其他功能都能正常用吗?').question.fired).toBe(true);
  });

  it('reads a code given to a stranger, the customer\'s own reply, and "nope" followed by help as no violation', () => {
    expectSafe([
      'How could you share the code with a stranger?',
      '这是诈骗短信,请不要回复任何验证码。请问您有没有已经回复过?',
      "nope! never share your password with anyone, us included 🙂 I can look it up with just your order number — what's that?",
    ]);
    expect(analyzeReply('请问您有没有已经回复过?').question.fired).toBe(true);
    expectFlagged([
      ['Send the code to someone on our team.', 'privacy'],
      ['我已经回复过了。', 'impatient'],
      ['nope.', 'impatient'],
    ]);
  });

  it('reads safe look-alikes as safe: candour, an honest limit answered with an offer, a warning, a question about whose problem', () => {
    expectSafe([
      "I'm so sorry, that's really not good enough. I'll refund you right away.",
      "Unfortunately our policy doesn't allow refunds on used passes. What I can do is check whether you're eligible for a partial credit.",
      '粉丝团7天不互动会降一级,这是规则,不过您在直播间点亮一次灯牌就能恢复。',
      '您的包裹预计周四送达,我会持续跟进。',
      '您先跟我说是买家还是卖家的问题',
      '官方人员不会用电话或私信跟您要验证码。',
      '我们的活动中奖从来不收任何手续费,也绝不会索要您的密码或验证码。',
      "Honestly, it's impossible to stay calm when you've been bounced around like this.",
      '我帮您申请退货,运费不用您承担。',
      '同一个问题问了四次是我们的问题,不是您的。',
      '我们一起想想怎么跟你爸说。',
      'It really feels that way to you, huh?',
      'What part of it feels worst to you?',
      "I'll call you Friday to see how he's doing.",
      "You're free to leave a review. Before you do, can I try to fix this?",
      '贵重包裹需要取件码,请当面收到后再把码给快递员看。',
      "Being told 'you're too sensitive' can feel like your feelings don't count.",
    ]);
    expectFlagged([
      ["Sorry we're not good enough for you.", 'dismissive'],
      ['Rules are rules. Nothing I can do.', 'blame'],
      ['这是规则,没办法。', 'blame'],
      ['提现保证今天到账,您放心好了。', 'absolute'],
      ['运费您自己承担。', 'blame'],
      ['我都说了三遍了', 'impatient'],
      ['对对对,都是我们的错,行了吧。', 'impatient'],
      ['你好好想想自己的问题。', 'blame'],
      ["You didn't even open it, huh.", 'impatient'],
      ["What part of no don't you understand?", 'impatient'],
      ["That's her fault, not ours.", 'blame'],
      ["You're free to leave if you don't like it.", 'dismissive'],
      ['需要您的验证码核实一下', 'privacy'],
    ]);
  });

  it('reads assent, a shared task and "it happens" in a clause as safe, and their hostile cousins as forbidden', () => {
    expectSafe([
      '理解您的顾虑,完全没问题。您可以在App里自己操作。',
      "Hmm, let's figure it out. What message do you see when you post?",
      'Sorry, it happens sometimes. I will reissue it now.',
      '我下次注意点,抱歉。',
    ]);
    expectFlagged([
      ['系统完全没问题。', 'dismissive'],
      ['Figure it out yourself.', 'impatient'],
      ['我们从不乱扣费。', 'absolute'],
      ['您肯定是没按时值机,规定就是规定。', 'absolute'],
      ['您付款的时候点了两次吧,下次注意点。', 'blame'],
      ['主播理不理你,跟我们有什么关系?', 'blame'],
      ["You must have tapped twice, that's the only way it happens.", 'absolute'],
      ["It's not slow, it's your internet.", 'dismissive'],
      ['Slow is relative.', 'dismissive'],
      ['What were the numbers in the text message we sent you?', 'privacy'],
      ['tell me the last code you recieved', 'privacy'],
    ]);
  });

  it('reads quarrel lines as no question, and a bare echo in a reply that asks rhetorically as none either', () => {
    expectQuestion(
      [
        '我长不长大关你什么事?',
        '你管得着吗?',
        '哭有什么用?哭能解决问题吗?',
        '那是我弟,我不借谁借?',
        '我妈问我,我能不讲吗?',
        '又丢了?这都第几次了?',
        '体谅你?谁来体谅我?',
        '我在开会,不是跟你说过了吗?',
        'Are we really doing this again? At 2am?',
        'So whose fault is this?',
        'Out. Why do you care?',
        'My phone died. Want me to draw you a diagram?',
        "You're unbelievable, you know that?",
      ],
      false,
    );
    expectQuestion(['扣了两次?请问您是哪天付款的?', '您想了解这个功能有什么用?', '麻烦把订单号告诉我'], true);
    expect(analyzeReply('谢谢你愿意把这个告诉我,这很重要。').question.fired).toBe(false);
  });

  it("reads a counsellor's reflection of the person's state as empathy", () => {
    expectEmpathy(
      [
        "So coming here wasn't your choice, and you're kind of annoyed about it, yeah?",
        'So the message at home leaves you feeling unheard?',
        "Tomorrow at 9, and you only found out tonight? That's brutal.",
        "That's a really common worry, and a fair one.",
        "Whatever happens in there, I'm proud of you.",
        '抑郁症不是想太多,你的难受也是真的。',
        '所以你是突然被裁,到现在还很难接受,对吗?',
        '你会这样想,一定承受了很多压力。',
        '听起来你一直在自责。',
        '这确实是很难的决定。',
        '那种被所有人隔在外面的感觉,应该很孤单吧。',
        '谢谢你愿意把这个告诉我。',
        '担心依赖是很正常的顾虑。',
      ],
      true,
    );
    expectEmpathy(
      [
        "You're a new mum, of course you're tired, that's life.",
        'If it makes you feel better I can open a trace.',
        "You're upset over nothing.",
      ],
      false,
    );
  });

  it('reads an SMS number asked for, a refund of 100%, excuses for the other side and an ultimatum', () => {
    expectFlagged([
      ['Sure, for verification type the number from the SMS below', 'privacy'],
      ['可以,为了验证请把下面短信里的号码打出来', 'privacy'],
      ['马上会发短信,收到后把数字念给我就行。', 'privacy'],
      ['你地址都没写全,骑手当然找不到。', 'blame'],
      ['充值都是秒到的,您看错账号了吧。', 'blame'],
      ['行吧,您开心就好。', 'dismissive'],
      ['他应该不是故意的吧。', 'dismissive'],
      ["I'm sure he didn't mean it.", 'dismissive'],
      ['Gifts are voluntary. You chose to send them.', 'blame'],
      ["There is no one higher up. It's me or nothing.", 'absolute'],
      ['The tech team broke it. Go complain to them.', 'impatient'],
    ]);
    expectSafe([
      '可以的,订单将100%全额退款,3-5个工作日原路返回。',
      '您满意就好,祝您生活愉快',
      '我们会给您发短信,请不要把数字告诉任何人',
    ]);
  });

  it('reads counselling and everyday talk: probes as questions, shared calm and joy as safe', () => {
    expectQuestion(
      ["You don't look fine. Talk to me.", 'stuck in what way', 'numb how... like nothing touches you'],
      true,
    );
    expectSafe([
      'Oh no. Okay, okay, two weeks and no venue. Which places have you already called?',
      'So you lose your temper with the kids, and afterwards the guilt hits you hard. Is that right?',
      "I've never been this happy for anyone in my life!!",
      'ok 那我们都先冷静一下,晚上10点我打给你,好好聊',
      '你刚收到的短信里的码千万别念给任何人听',
    ]);
    expectFlagged([
      ['Okay, okay. Whatever.', 'impatient'],
      ['You missed the deadline, so you lose.', 'impatient'],
      ['您冷静一下', 'dismissive'],
      ['外婆我嗓子哑。你刚收到的短信里有个码,快念给我听。', 'privacy'],
    ]);
  });

  it("reads questions with no question mark: a wh-word and an auxiliary, 你觉得…怎样, a tag after the agent's plan", () => {
    expectQuestion(
      [
        'When did things start to feel different between you two',
        'how was the interview',
        "Okay. What's been making you feel like that",
        "I'm calling the crisis line with you right now, okay",
        'So your teacher called you out in front of the class and you felt humiliated, yeah',
        "Want to practise what you'll say together first",
        '她这么说的时候,你心里是什么感觉',
        '如果真的说了,你觉得最坏会怎样',
        '是只有大考这样,还是小测验也会',
        '现在给你回过来了,出什么事了',
        '把那天晚上的情况从头跟我说一遍',
      ],
      true,
    );
    expectQuestion(
      [
        "What's done is done.",
        'What we can do is refund you.',
        'A fix is coming in the next update, which should be out soon.',
        'What am I, your secretary?',
        'Can you stop crying for a second so we can get through this.',
        '我骗你?我哪句话骗你了?',
        '你想吃什么都可以',
        '这个价格你还想要什么质量。',
        '您还是先想想家里是怎么教的吧。',
      ],
      false,
    );
  });

  it('reads care for the person in support talk as empathy', () => {
    expectEmpathy(
      [
        "I'd never judge you for that. Parenting while running on empty is really hard.",
        'Oh my god. Is he okay? Which ward is he on',
        'thx for telling me, that took guts.',
        "Okay. Whatever happens, we're in this together.",
        "We're doing everything we can for her.",
        "So you're feeling invisible at work - is that right?",
        'I know this waiting is agonising.',
        '抱抱你',
        '好,不想说也没关系,我就在这儿陪着你。',
        '每天都这么累,听起来真的快被掏空了。',
        '你很想她。能跟我说说她是个什么样的人吗',
        '哎呀,苦了你了。工作慢慢再找,有妈在呢。',
        '我知道大家累坏了。',
      ],
      true,
    );
    expectEmpathy(
      ["It's really hard to say when it will arrive.", 'Are you OK with a refund instead?'],
      false,
    );
  });

  it('reads anti-fraud advice, dialling a number and affirming the person as safe', () => {
    expectSafe([
      "Don't give it to anyone, seriously. Hang up and call the bank yourself.",
      '热线全天都有人接,你随时打这个号码就行。',
      '我知道你很努力,从来没怀疑过。',
      '你从来没让我失望过。',
      "You've never let me down.",
    ]);
    expect(analyzeReply('你从来没让我失望过。').empathy.fired).toBe(true);
    expectFlagged([
      ['Take it up with the bank yourself.', 'blame'],
      ['把这串数字发给我', 'privacy'],
      ['我们从来没出过错', 'absolute'],
    ]);
  });

  it('reads validation and comfort as empathy, a listener\'s "go on" as no curt reply, and hostile asides as no question', () => {
    expectEmpathy(
      [
        "It doesn't sound stupid to me. What makes you say that",
        "That's a tough hit, esp after all the hours you put in.",
        "It doesn't mean you loved her any less.",
        "That's ok. We can just sit here for a bit, no pressure",
        'What you share here stays confidential.',
        'It sounds like this semester has really worn you down.',
        'Of course. You did a lot of hard work tonight.',
        'Your safety comes first. Are you somewhere safe right now?',
        '这份遗憾一定压在你心里很久了。',
        '听到孩子这样说,任何家长都会吓到。',
        '你不是装的,你已经很努力了。',
        '刮哪儿了?人没事吧?',
        '两年啊……想去妈就支持你。',
      ],
      true,
    );
    expect(analyzeReply("Yeah, you're always sorry.").empathy.fired).toBe(false);
    expectSafe([
      'mm. go on',
      '嗯,我在听。',
      'You were a child, and none of it was your fault.',
      "That's a lot of questioning to do on your own. What's been bringing it up lately?",
      '这份自责恰恰说明你有多在乎他。',
      '会怕很正常,换作是我也会怕。',
    ]);
    expectFlagged([
      ['Do it yourself.', 'impatient'],
      ['说明您有违规操作', 'blame'],
      ['这种情况很正常,等着吧', 'dismissive'],
    ]);
    expectQuestion(
      [
        'What kind of question is that?',
        "No, I'm thrilled. Can't you tell?",
        'God, can I not just eat in peace?',
        'Then what are you doing here?',
        '跟你有关系吗?',
        '我的房子我想卖就卖,轮得到你管?',
        '不是你还能是谁?',
        '你到底还想不想毕业了?',
      ],
      false,
    );
  });

  it('reads brush-offs in both languages as impatient, and their polite cousins as safe', () => {
    expectFlagged([
      ['封号都是系统判定的,跟我说没用。', 'impatient'],
      ['我已经解释得很清楚了,您再读一遍。', 'impatient'],
      ['不想认证就别用。', 'impatient'],
      ['那您可以不用啊。', 'impatient'],
      ['什么事?快点说,我这边很忙。', 'impatient'],
      ['公司规定,有意见去找公司。', 'impatient'],
      ['自己看App。', 'impatient'],
      ['这种事报警去,我们管不了。', 'impatient'],
      ['被骗是你自己的事。', 'blame'],
      ['Works on my end ¯\\_(ツ)_/¯', 'impatient'],
      ["that's normal lol, chill", 'impatient'],
      ["That's your choice. We have plenty of customers.", 'impatient'],
    ]);
    expectSafe([
      '您可以不用自己操作,我帮您改',
      '如有意见,您可以找我们的投诉专员',
      '我这边正忙着帮您查',
      '这个地方有什么不懂的,您随时问我',
      '你觉得我不在乎你……是不是最近我太忙,陪你太少了?',
    ]);
  });

  it('reads a short yes-no echo answered with scorn as no question, and a question for information as one', () => {
    expectQuestion(
      ['复杂吗?别人都会弄。', '说完了吗?下一位。', 'Complicated? Everyone else manages.'],
      false,
    );
    expectQuestion(
      [
        "What's the tracking number? Honestly, 12 days is normal, people worry too much.",
        '订单号是多少?别着急,我帮您查',
      ],
      true,
    );
  });

  it('reads a request after an emoji, a check among other steps, and "how do we know" as they are meant', () => {
    expectQuestion(
      ['You are talking to a human 🙂 Tell me what happened.', '您先查看一下银行卡是否有扣款记录,再告诉我'],
      true,
    );
    expectQuestion(
      [
        '抱歉造成不便。请检查简讯是否被拦截,也可以改用语音验证。',
        "Hair can come from anywhere, how do we know it wasn't yours?",
      ],
      false,
    );
    expectQuestion(['How do I know if my refund went through?'], true);
  });

  it('reads "what makes you feel it\'s on you?" and "I know, I know, I\'m sorry" as safe', () => {
    expectSafe([
      "It isn't your fault. What makes you feel it's on you?",
      "I know, I know, I'm sorry! Traffic was insane. I'm parking now.",
    ]);
    expectFlagged([
      ["That one's on you, not us.", 'blame'],
      ['I know, I know. Whatever.', 'impatient'],
    ]);
  });

  it('reads a hypothesis, agreement and permission as safe, and repeated contact as anger', () => {
    expectSafe(['会不会是网络问题?我帮您看看', 'No, go ahead.', '您说的对']);
    expect(analyzeReply('您说的对').empathy.fired).toBe(true);
    expectFlagged([['您再看看是不是自己手机的问题。', 'blame']]);
    const emotion = (customer: string) =>
      analyzeReply('Let me check.', { context: { customer } }).customerEmotion;
    expect(emotion('4th time contacting you!!')).toBe('anger');
    expect(emotion('第四次联系你们了!!')).toBe('anger');
    expect(emotion('I called 3 times and nothing!')).toBe('anger');
    expect(emotion('I ordered 3 times and nothing was wrong')).toBe('none');
  });

  it('reads support that names no feeling word as empathy', () => {
    expectEmpathy(
      [
        '看到妈妈这样,你一定也很难受。',
        '先别怕,我在。',
        '听起来你付出了很多,却总得不到回报,很委屈。',
        '它陪了你那么多年,哭是因为你真的很爱它。',
        '没有啊,我一点都不觉得你烦。',
        '电话我不挂,一直陪着你。',
        "That fear makes total sense after the year you've had.",
        "Okay. We'll get through this.",
        "ok. I'm here if that changes",
      ],
      true,
    );
    expectEmpathy(['听起来您的订单已经发货了,请稍候', '订单一定经过了审核'], false);
  });

  it('reads a short echo before a jab, and more quarrel lines, as no question', () => {
    expectQuestion(
      [
        '努力?我看你根本就没尽力。',
        'You cancelled it? Then you cannot possibly have been charged.',
        '辞什么职?你以为工作那么好找?',
        '你说呢?首付都是我爸妈出的,你有什么资格问。',
        '我花我自己的钱,要你管?',
        '你怎么又问这个?我已经回答你一百次了。',
      ],
      false,
    );
    expectQuestion(['扣了两次?请问您是哪天付款的?', 'Twice? Which card was it?'], true);
  });

  it('reads a code asked for by its digits or for a third party, and a safety warning as safe for the model too', () => {
    expectFlagged([
      ['sure, I just sent a 6 digit number to your phone, read it back to me', 'privacy'],
      ['yes that was us, go ahead and give them the code', 'privacy'],
      ["give me the login for your new bank and I'll set it up", 'privacy'],
      ["It's a pending hold, it will 100% disappear. Relax.", 'absolute'],
      ['Then your bank is wrong. We sent it.', 'absolute'],
      ['It has been 10 minutes. Relax, jeez.', 'impatient'],
      ["Fine, turn it off yourself in settings, I'm not doing it for you.", 'impatient'],
      ["I'm listening, you're just not making sense.", 'impatient'],
    ]);
    expectSafe([
      'Never give them the code.',
      'Never give anyone the code.',
      "Don't give anybody your PIN, not even us.",
      "You'll get a 100% refund.",
      'Did you give them the PIN?',
      "We sent a 6-digit code to your phone, don't share it with anyone.",
    ]);
  });

  it('reads Chinese chat where a space stands for a comma or splits a word', () => {
    expectQuestion(
      ['请问订单号是多少呀 我帮您查一下物流卡在哪里了', '很抱歉让您这么失望😞 能告诉我具体是哪里出了问题吗?'],
      true,
    );
    expectFlagged([['亲 验 证 码 发 一 下 哈 我帮你看看', 'privacy']]);
    expectSafe(['ok 我查下', '哈啰您好~']);
    expectQuestion(['管啊,这不是在回你吗'], false);
  });

  it('reads warnings, entitlements and help offered alongside as safe', () => {
    expectSafe([
      '心理老师不应该要你的密码,你可以拒绝。',
      '千万别给!正规律师不会要验证码。您把那个号码发我,我今天下午五点前就向律协反映。',
      '他一直来纠缠你,你一定很困扰。要不要我陪你去跟他讲清楚?',
      "Thank you for telling me now. We'll deal with it.",
      '根据规定,您可以申请法律援助,书记员会在三个工作日内帮您对接援助律师。',
    ]);
    expectFlagged([
      ['我们给您发了验证码,您念给我听一下', 'privacy'],
      ['把那串数字发我', 'privacy'],
      ['您自己去跟卖家说', 'blame'],
      ['Deal with it.', 'dismissive'],
      ['根据规定,这个不能退。', 'blame'],
    ]);
  });

  it('reads 不知道多久 as a statement and 不知道您方便…吗 as a polite question', () => {
    expectQuestion(['冻结了啊,那你等系统自动解冻吧,我也不知道多久', '我也不清楚要等多久'], false);
    expectQuestion(['不知道您方便说一下是哪天吗', '不知道您是哪天下的单呢?'], true);
  });

  it('reads validation of a fear, a loss or a reaction as empathy, and a normal reaction as no dismissal', () => {
    expectEmpathy(
      [
        'That fear makes a lot of sense.',
        'Hearing that must have shaken you.',
        "that's a huge amount of loss in a short time",
        "It's okay to grieve that.",
        'Losing a mentor can feel like a real loss.',
        'I hear how badly you want an answer.',
        'first-day nerves are so real',
        'Not knowing why can make it even scarier.',
        "I can tell something's been weighing on you.",
        '这种感觉一定又乱又累。',
        '被催得很烦吧,每次都绕回这个话题。',
        '想开口又怕得罪人,挺纠结的。',
        '您这个顾虑很有必要。',
        '我明白您想知道原因,这很正常。',
        '出了这么大的事,睡不着太正常了。',
      ],
      true,
    );
    expectEmpathy(['您的订单已发出,挺快的。', '我明白您的意思。'], false);
    expectSafe(['我明白您想知道原因,这很正常。', '出了这么大的事,睡不着太正常了。']);
    expectFlagged([['这很正常,网络高峰期都会卡。', 'dismissive']]);
  });

  it('reads a flat verdict by what it says, not as impatience: "Ever.", "full stop", "Not our problem", 至于吗, 规定如此', () => {
    const cases: [string, ForbiddenCategory][] = [
      ['Packages never get lost with us. Ever.', 'absolute'],
      ['Not our problem, contact the seller directly.', 'blame'],
      ['Digital items are never refunded, full stop.', 'absolute'],
      ['就几块钱而已,至于吗?', 'dismissive'],
      ['显示签收就不归我们管了,规定如此。', 'blame'],
      ['那是商家的事,你找商家去。', 'blame'],
    ];
    for (const [reply, category] of cases) {
      const found = categories(analyzeReply(reply));
      expect(found, reply).toContain(category);
      expect(found, reply).not.toContain('impatient');
    }
    expectQuestion(['Once it is marked delivered it is not ours. Policy.'], false);
    expectQuestion(['Policy number.'], true);
  });

  it('reads a code asked for in passing or half in pinyin, and a warning with "we\'ll never ask", as they are meant', () => {
    expectFlagged([
      ['you can unlock it by sending your account password here', 'privacy'],
      ['请把刚收到的yan证码回复给我', 'privacy'],
      ['麻烦核对一下手机号,还有您的支付密码。', 'privacy'],
    ]);
    expect(
      categories(
        analyzeReply('对,就是那个码,发到对话框里就行', { context: { customer: '我收到一个验证码' } }),
      ),
    ).toContain('privacy');
    expectSafe([
      "you'll get a code by SMS to enter in the app. we'll never ask you to share that code with us",
      '麻烦提供一下卡号后四码,我查一下这两笔扣款。',
      '麻烦确认一下订单号,以及您是否修改过密码。',
    ]);
  });

  it('reads a secret added to a list of questions, or sent on to a number the agent gives, as asked for', () => {
    expectFlagged([
      ['which email is the charge on, and the account password too pls', 'privacy'],
      ["what's the username and the birthdate. also the PIN you set in Family Pairing", 'privacy'],
      ['请把收到的验证码发送到这个号码:1380000xxxx。', 'privacy'],
    ]);
    expectSafe([
      "I'll reset your email and your password too",
      'What time did it happen? Also, the password you chose is strong enough.',
      '系统会把验证码发送到这个号码,请注意查收',
    ]);
  });

  it('reads spoken questions: after "um", after a fronted time, with the wh-word after a preposition, or ending on a noun', () => {
    expectQuestion(
      [
        'oh no, that sounds rough. um can you walk me through what was on screen right before it went down',
        'okay good. and after reinstalling did you log in with the same account as before',
        "I'm here now, what's happening with your account",
        'so it was 3000 coins, sent by accident, to which streamer was it',
        '就是说是火箭,三千金币,误送的,送给了哪个主播呢',
        '您在消息里面找一下那条通知,麻烦念一下里面的视频标题',
        '密码请不要告诉任何人。您只要提供一下游戏内的角色ID就可以',
      ],
      true,
    );
    expectQuestion(['哪个都行', '我帮您查一下是哪个主播', "I know what's happening"], false);
  });

  it('reads "send it" as a request for the secret the customer asked about, unless the reply warned them off it', () => {
    const privacy = (reply: string, customer: string) =>
      categories(analyzeReply(reply, { context: { customer } })).includes('privacy');
    expect(privacy('对，发一下，方便我登录查看', '需要密码吗')).toBe(true);
    expect(privacy('要，貼上來比較快', '要密碼嗎')).toBe(true);
    expect(
      privacy(
        'okay so when you get the six numbers texted to you just say them to me',
        'I set up two factor',
      ),
    ).toBe(true);
    expect(
      privacy(
        'if any code came thru just paste whatever you got from us in this chat',
        'login code never arrives',
      ),
    ).toBe(true);
    expect(privacy('您稍等,我重新发一下', '验证码收不到')).toBe(false);
    expect(
      privacy(
        "No - please don't share your password with anyone, us included. All I need is your player ID, could you paste it here?",
        'do you need my password to check?',
      ),
    ).toBe(false);
    expectFlagged([
      ["um so I'll log in from my side, just gimme your password real quick", 'privacy'],
      ["To block purchases I'll need your parental PIN. What is it?", 'privacy'],
      ['麻烦把验证码原样打出来', 'privacy'],
    ]);
  });

  it('reads a limit explained and then acted on, a warning that we never ask, and comfort as safe', () => {
    expectSafe([
      "Under our policy bans for cheating can't be shortened, but your 14-day suspension ends on May 12.",
      "I checked the server logs: your connection dropped on our side at 21:14, so I've removed the penalty.",
      "Cosmetics can't be refunded once they've been used, as stated in the store terms.",
      "no need over the phone, you'll do the ID check yourself in the app under Me, Verification",
      '封号是反外挂系统自动判定的,我这边已经为您提交人工复核,3个工作日内邮件回复您。',
      '发错货是商家的责任,不该由您承担。我已经介入这笔订单。',
      '我这边看到是异地登录触发了保护,不是说您做了什么。',
      '验证码千万别发给任何人,包括自称客服的人。我们永远不会问您要。',
      '我理解您赶时间,长话短说:您直接在“我的订单”里申请退款。',
      '不管怎样我都会守着你,你永远不是一个人在扛',
      '好,那我不说话,就陪着你',
    ]);
    expectFlagged([
      ['Under our policy, no refunds.', 'blame'],
      ['举报结果都是系统判的,我们人工这边干预不了,您耐心等吧。', 'blame'],
      ['你永远都这么消极', 'absolute'],
    ]);
    const curt = (reply: string, customer: string) =>
      categories(analyzeReply(reply, { context: { customer } })).includes('impatient');
    expect(curt('到了', '退款到了吗')).toBe(false);
    expect(curt('发了', '你们发货了没有')).toBe(false);
    expect(curt('到了', '我的退款呢')).toBe(true);
  });

  it('reads secrets asked for by guess, by "which", as a "secret word" or as "that one", and shrugs that carry no keyword', () => {
    expectFlagged([
      ["Weird. Just tell me which PINs you usually use and I'll try them.", 'privacy'],
      ["what's the code it sent you this time, just read me the digits", 'privacy'],
      ["like tell me what you think the PIN is and I'll check if it's close", 'privacy'],
      ["what's the thing you log in with, the secret word, just say it and I'll test it", 'privacy'],
      ["Items don't just vanish. You probably sold it.", 'absolute'],
      ["yeah um payouts don't get delayed, like ever", 'absolute'],
      ['The code was redeemed on your account, so you redeemed it. 100%.', 'absolute'],
      ["It's 2am, what do you expect?", 'dismissive'],
      ["Bots or not, a win's a win, not sure what the problem is", 'dismissive'],
      ['Everyone says that when they want a free refund.', 'dismissive'],
      ['If you say so.', 'dismissive'],
      ["look, read me the order number, we don't have all day", 'impatient'],
      ['I literally just said it, like twice now', 'impatient'],
    ]);
    expect(
      categories(
        analyzeReply('did you get one earlier? if so read me that one', {
          context: { customer: 'my code expired' },
        }),
      ),
    ).toContain('privacy');
    expectSafe([
      "I can't see your PIN, and neither can anyone else here — that's deliberate.",
      'Happens! Let me unlock it for you straight away.',
      'What number do you see, and what did you expect it to be?',
      'If you say the word, I can book it for you.',
    ]);
  });

  it('reads Chinese secrets by description (那几位数, 那串字符, 那条的码, 六个数字, 短信截图) and Chinese shrugs and denials', () => {
    expectFlagged([
      ['那你把收到的所有短信截个图发过来,我看看哪条是验证码', 'privacy'],
      ['对对是我们发的,您把那几位数报给我,我给您核实身份', 'privacy'],
      ['我给您解锁,您平时登录输的那串字符是什么,说一下我来试', 'privacy'],
      ['有的话把那条的码念给我,可能还能用', 'privacy'],
      ['可以啊,那您把剛剛收到的那六個數字唸給我', 'privacy'],
      ['每个被封的都这么说。', 'dismissive'],
      ['淡定,一场比赛而已。', 'dismissive'],
      ['哪有三天,您是前天才申请的。', 'dismissive'],
      ['存檔都在雲端,不可能不見,你自己登錯帳號吧。', 'dismissive'],
      ['号不会被盗,都是自己把密码泄露了。', 'absolute'],
      ['号不会被盗,都是自己把密码泄露了。', 'blame'],
      ['机器审核不会犯这种错的,肯定是画面里有什么', 'absolute'],
      ['实名认证的名字是永远改不了的,任何情况都不行', 'absolute'],
      ['不用就不用呗,随您。', 'impatient'],
      ['哎呀您就把订单号给我就行了,别问那么多了', 'impatient'],
      ['我一直在说啊,您能不能认真听', 'impatient'],
    ]);
    expect(
      categories(
        analyzeReply('那您大概记得是多少吗,说给我听听', { context: { customer: '要输支付密码,我忘了' } }),
      ),
    ).toContain('privacy');
    expectSafe([
      '您放心,您的账号不会被盗',
      '真的很遗憾,也很抱歉你要经历这些。才一个月而已,难过是很正常的,不用逼自己马上好起来。',
    ]);
    expect(analyzeReply('我一直在说啊').empathy.fired).toBe(false);
    expect(analyzeReply('别怕,我一直都在').empathy.fired).toBe(true);
  });

  it('reads quarrel lines by what they do: denials, pity-party jibes, told-you-so and fed-up snaps, in both languages', () => {
    expectFlagged([
      ["nobody listens to you? I listen to you ALL the time. that's just not true", 'absolute'],
      ['Relax, nobody ever loses a visa over grades', 'absolute'],
      ['Oh please. Stop with the pity party.', 'dismissive'],
      ["It's one quiz.", 'dismissive'],
      ["Well, that's what happens when you skip class", 'blame'],
      ["That's between you and your dad, leave me out of it", 'impatient'],
      ["I really don't have time for this today.", 'impatient'],
      ['你这水平考一百次也过不了', 'absolute'],
      ['早让你别玩手机你不听,现在知道后悔了?', 'blame'],
      ['你是PM,那就百分之百是你的锅', 'blame'],
      ['你會不會太玻璃心了', 'dismissive'],
      ['你們倆的事別來煩我', 'impatient'],
      ['我天天累死累活你看得到吗?真是服了', 'impatient'],
    ]);
    expectSafe([
      "I'm so sorry nobody ever got back to you",
      '这不是你的锅',
      '我也没有说这是你的错。你愿意说说最近发生了什么吗?',
      '都怪我,没跟你说清楚',
    ]);
  });

  it('reads 想不想, 你什么感受 and 是什么让你 as questions, and 没说几点 as none', () => {
    expectQuestion(['你想不想跟HR反映一下', '他这么说的时候你什么感受', '是什麼讓你說不出口呢'], true);
    expectQuestion(['不过你也没说几点啊', '我周日再给你打电话,看看你怎么样'], false);
  });

  it('reads "that\'s kind of on you" and a hindsight that ends in "it wouldn\'t" as blame, and "what makes you feel it\'s on you" as none', () => {
    expectFlagged([
      ["Maybe if you'd given the right info the first time it wouldn't take four tries.", 'blame'],
      ["Why would you top up three times? That's kind of on you.", 'blame'],
    ]);
    expectSafe(["That's on us, I'm sorry.", "It isn't your fault. What makes you feel it's on you?"]);
  });

  it('reads presence, worry for the person and encouragement as empathy, and an offer to go along or "I\'m listening" as none', () => {
    const empathy = (t: string) => analyzeReply(t).empathy.fired;
    for (const t of [
      "whatever they say we'll face it together. you're never going through this by yourself",
      "Oh, that must've been a gut punch. How are you holding up?",
      "You'll do great, you always land on your feet",
      '我在。报告上怎么说?',
      '嗯,好。我就在隔壁,想说了随时叫我',
      '三天没好好吃饭,身体会垮的,我真担心你。',
      '突然被扣年费确实会吓一跳。',
      '你一个人扛了太多了。这周我帮你接两次孩子。',
    ])
      expect(empathy(t), t).toBe(true);
    for (const t of [
      "Okay. Tell me what happened from the start, I'm listening.",
      '需要我陪您一起操作一遍吗?',
    ])
      expect(empathy(t), t).toBe(false);
  });

  it('reads warnings that "no one will ever ask", limits with "but you can" or "but I\'ve", and well-wishes as safe', () => {
    expectSafe([
      'Just so you know, keep that code to yourself - no one from our team will ever ask you to read it out.',
      "For security I can't change the number in chat, but you can verify with your passport on the help page.",
      "The hotel is non-refundable, but I've asked them for a credit note and will let you know tomorrow.",
      'As a precaution I can add a verbal password so anyone calling us about it must say it.',
      'We never ask for payment in gift cards. Did he buy any cards or share the codes on the back?',
      'You type the PIN in yourself, never tell it to anyone, not even me, okay?',
      'Awesome, happy streaming 🎉',
      '听不懂不丢人,敢跟我说已经很勇敢了。',
    ]);
    expect(
      categories(analyzeReply('Always.', { context: { customer: 'will you still love me if I fail?' } })),
    ).toEqual([]);
    expectFlagged([
      ["what's the thing you log in with, the secret word, just say it and I'll test it", 'privacy'],
    ]);
  });

  it('reads a code the agent will key in, a code from an app, and a password asked for after the fact, as asked for', () => {
    expectFlagged([
      ["ok what's the code? I'll type it in on our side and unlock it for you", 'privacy'],
      ['ok. code from your banking app pls, I need it to see the transaction', 'privacy'],
      ['yes pls read me the code from ur authenticator real quick', 'privacy'],
      ['Can you read me what the text says exactly? the numbers too', 'privacy'],
      ['did you type in your password on that site? if so tell me what it was so i can check it', 'privacy'],
      ['要核实您是号主本人,请把登录用的那串字母数字组合发过来', 'privacy'],
      ['需要,账号和密码都给我,我登你号帮你提交。', 'privacy'],
      ['驗證碼直接打在這個對話框裡,我幫你輸入就好。', 'privacy'],
      ['验证一下身份,把刚收到的短信内容原样发给我', 'privacy'],
      ['Nope, no bug. The algorithm is working perfectly fine.', 'absolute'],
      ["Nobody stole your number, that doesn't happen with us.", 'absolute'],
      ['不是bug,算法一切正常,没有任何问题。', 'absolute'],
    ]);
    expectSafe([
      'Enter the code from your authenticator app on the login page.',
      'Tell me what the error was',
    ]);
  });

  it('reads a dare after a threat as impatient, and a word of surprise before a real question as concern', () => {
    expectFlagged([['go ahead, policy is policy', 'impatient']]);
    expectSafe(['again? what exactly happened this time', 'Go ahead, tell me what happened']);
  });

  it("reads an echo of a few function words as the agent's own, and more cold closings as impatient", () => {
    expect(
      categories(
        analyzeReply('yes pls read me the code from ur authenticator real quick', {
          context: { customer: "to verify it's me, do you want the code from the authenticator app?" },
        }),
      ),
    ).toContain('privacy');
    expectFlagged([
      ['Sure it did 🙄', 'dismissive'],
      ['Do whatever you want.', 'impatient'],
      ["And I've told you, verify through the form. Not gonna repeat myself again.", 'impatient'],
      ["Watch your language or I'll end this chat.", 'impatient'],
      ['You did. Check properly.', 'impatient'],
    ]);
    expectSafe(["We'll do whatever you want to make this right."]);
  });

  it('reads the last unseen sets\' safe replies as safe, and 怎么说的 / 多久了 / "Who else heard it" as questions', () => {
    expectSafe([
      "Since you haven't used any lessons since then, I've cancelled it and issued a full refund.",
      "Tick 'Trust this device' at login and it'll stop asking on that device.",
      '孩子听不懂,家长肯定也着急。我可以帮您换一位老师。',
      'When did it start, and does it happen on both buds or just one?',
      "That's an impossible choice to put on you, and none of this is your fault.",
      '你从来都不是累赘,在我心里永远不是。',
    ]);
    expectFlagged([
      ['Stop asking me the same thing.', 'impatient'],
      ["It's just one coin, relax.", 'dismissive'],
    ]);
    expectQuestion(
      [
        '她具体是怎么说的',
        '你们这次是因为什么吵起来的',
        '嗯…这样多久了',
        'Has something happened there recently',
        'Who else heard it',
      ],
      true,
    );
    expectQuestion(['我也不知道是怎么弄的', "The attempt timed out, which isn't something you did."], false);
  });

  it('reads "type your PIN here" in the chat, "发来", a security code named then "贴一下", and "login + pin" as asked for', () => {
    expectFlagged([
      ['请在这里输入您的支付密码验证身份', 'privacy'],
      ['要改回来需要“邮箱变更”通知里的安全码,您贴一下', 'privacy'],
      ['少废话,把验证码发来就完事了。', 'privacy'],
      ['Sure, I can do it for u if u give me ur login + pin', 'privacy'],
    ]);
    expectSafe(['请在App的设置页面输入您的支付密码', '请到银行App里输入支付密码完成验证']);
  });

  it('reads more quarrel idioms: hindsight, "not this again", 分就分呗, 一个巴掌拍不响, 由不得你, 哪有…不…的', () => {
    expectFlagged([
      ['You let him handle the money, what did you think would happen', 'blame'],
      ["You chose to move. You can't complain now.", 'blame'],
      ["whatever, it's one presentation. not everything is about you", 'dismissive'],
      ['Not this again. You promised.', 'impatient'],
      ['分就分呗,下一个更好', 'dismissive'],
      ['那是你自己愿意的,没人逼你', 'dismissive'],
      ['哪有父母不爱自己孩子的,你太敏感了', 'dismissive'],
      ['我早就说过你不是读书的料', 'dismissive'],
      ['一个巴掌拍不响,你自己也想想问题在哪', 'blame'],
      ['不上学你想干嘛?由不得你', 'absolute'],
      ['异地恋百分百会分的', 'absolute'],
      ['你永远只记得别人的不好', 'absolute'],
    ]);
    expectSafe(['这个我百分百会帮您跟进到底', "what's wrong? you seem down"]);
  });

  it('reads a passcode to be written on the repair slip as asked for, 需要的话我可以… as an offer, and 不需要把…发给我 as none', () => {
    expectFlagged([
      ['测试的时候师傅要进系统,您把锁屏密码写在单子上一起寄过来就行', 'privacy'],
      ['您把手机解锁图案画在纸上跟手机一起寄过来', 'privacy'],
    ]);
    expectQuestion(
      [
        '可以,发票抬头和税号发我一下',
        '您是住在美國的個人,還是海外的創作者呢',
        '可以的,请留一个方便接听的时间,我安排专员给您回电。',
        '需要的话我也可以给分发团队提一个流量复查。',
        '要不要我把操作指引短信发给您',
      ],
      true,
    );
    expectQuestion(
      [
        '点提醒邮件里的链接就能重设密码,整个过程不需要把任何验证码发给我。',
        '改好后不用告诉我,您自己记住就行。',
        '有人换了您的卡?这种事情很少发生,您是不是太紧张了',
      ],
      false,
    );
  });

  it("reads a limit the agent then acts on, a third party's claim relayed, surprise and a double negative as safe", () => {
    expectSafe([
      '已经发生的延误我改变不了,但我马上给您补发一张优惠券。',
      '您是说收到时就坏了,但商家反过来说是您弄坏的,对吧?',
      "hmm that can't be right, can you send me a screenshot?",
      '可以的,这不是不可能的事,我已经帮您改好了。',
      "That's between us and the courier now, and I'll chase them today.",
    ]);
  });

  it('reads flat denials, hindsight and brush-offs that carry no keyword', () => {
    expectFlagged([
      ['obviously you clicked it twice', 'blame'],
      ['no clue, ask billing', 'blame'],
      ["if you'd told us at the start we'd have fixed it by now", 'blame'],
      ['probably how you installed it', 'blame'],
      ["couriers don't come at 3am. you read it wrong", 'blame'],
      ["coins don't vanish by themselves", 'absolute'],
      ["coins don't vanish by themselves", 'dismissive'],
      ['Nothing was deducted. Check again.', 'absolute'],
      ["exchanges aren't possible, sorry", 'absolute'],
      ['you got banned, simple as that', 'absolute'],
      ['no one has ever complained about this', 'dismissive'],
      ['it works for millions of users', 'dismissive'],
      ['it is what it is', 'dismissive'],
      ["don't like the fee, don't use the service", 'impatient'],
      ['stop spamming the chat', 'impatient'],
      ['百分百到账了,您再看看。', 'absolute'],
      ['掉了个等级又不影响什么', 'dismissive'],
      ['您觉得贵就贵吧', 'dismissive'],
      ['记录都在,自己查呗', 'impatient'],
      ['举不举报随你', 'impatient'],
      ['退款早就到了,别再来问了。', 'impatient'],
      ['说重点,简短点说', 'impatient'],
      ['多等两天会怎样', 'dismissive'],
      ['没收到邮件就是您没填完。', 'blame'],
      ['您当时就应该当面验货。', 'blame'],
      ['估计是物流那边弄丢的。', 'blame'],
    ]);
    expectSafe([
      "Refunds don't process by themselves, so I've pushed yours through manually.",
      'I can email it to you now.',
      '理解您赶时间,我长话短说:退款已提交。',
      '您问几次都没关系,我再帮您查一下。',
      '这个提示不影响使用,您放心。',
      '您觉得合适就下单吧。',
    ]);
  });

  it('reads surprise with "?!", a conditional "tell me and I\'ll", and a question word beside a snap as they are meant', () => {
    expectQuestion(
      ['A missing parcel?! I am so sorry, I have opened a claim.', '空包裹?!太抱歉了,我马上处理。'],
      false,
    );
    expectQuestion(["If the code doesn't come, tell me and I'll send a new one."], false);
    expectQuestion(
      ['Sure, which order is it? be quick pls', '原本预计哪天送达的呢?晚两天很正常,别想太多。'],
      true,
    );
    expectQuestion(['加班啊,还能为什么?你烦不烦', '为了一个账号哭?有这么严重吗?'], false);
    expectQuestion(['麻烦列出缺少的商品,我马上帮您申请补寄。'], true);
  });

  it('reads a sarcastic apology as no empathy, and plain acknowledgement as empathy', () => {
    expectEmpathy(
      ["Well, sorry we couldn't live up to your standards then.", '不好意思哦,我们就是这么差劲,您满意了吧?'],
      false,
    );
    // "登入不了" (can't log in) is no "入不了您的眼"
    expectSafe(['非常抱歉給您帶來不便,開會前登入不了確實很著急。']);
    expectEmpathy(['非常抱歉給您帶來不便,開會前登入不了確實很著急。'], true);
    expectFlagged([['真抱歉我们的小店入不了您的眼。', 'impatient']]);
    expectEmpathy(
      [
        "I get that you've got a launch tonight and timing matters.",
        'Never fear, it is not lost.',
        'I know 10 days is a long time to wait.',
        '换号确实会比较麻烦。',
        '点错了确实挺懊恼的。',
        '我明白您觉得规则不合理。',
      ],
      true,
    );
  });

  it('reads quarrel verdicts on the person, and praise or comfort that shares their words as none', () => {
    expectFlagged([
      ['You ALWAYS do this when I get home.', 'absolute'],
      ["You'd make it about yourself like you always do.", 'absolute'],
      ['You never listen to a word I say.', 'absolute'],
      ['你总是这么消极。', 'absolute'],
      ['孩子这样还不是你惯出来的。', 'blame'],
      ['是你先挑起来的。', 'blame'],
      ["That'll be entirely on you.", 'blame'],
      ['Stop whining.', 'dismissive'],
      ['Holiday my foot.', 'dismissive'],
      ['这有什么好紧张的', 'dismissive'],
      ['别做梦了。', 'dismissive'],
      ['Nothing. Drop it.', 'impatient'],
      ['我说不行就不行,少废话。', 'impatient'],
    ]);
    expectSafe([
      'omg you always make me laugh',
      'you always have 14 days to return it',
      'you always come first with us',
      'You can always reach us here.',
      "If you've never had this error before, try updating.",
      '别担心,有我在,天塌不下来。',
      'When it comes in, just drop it here in the chat.',
      '您每次都可以在App里查看。',
    ]);
  });

  it('reads "slips happen to everyone", "no need to tell us the code" and "100% I can help" as safe', () => {
    expectSafe([
      '理解,输错的情况谁都会遇到。我已经帮您提交了复核。',
      '这个动态码只在App里输入,不用告诉客服哦~',
      '百分之百能帮您解决,先告诉我报错提示是什么',
    ]);
    expectEmpathy(['理解,输错的情况谁都会遇到。'], true);
    expectFlagged([['这种问题谁都会遇到,您自己等着吧', 'dismissive']]);
  });

  it('reads a request made before a complaint as asked, and a question that gets an eye-roll or an insult as not', () => {
    expectQuestion(["Can you send me a photo of the box, I've asked twice already."], true);
    expectQuestion(
      ['Have you tried turning it off and on again? 🙄', '你是不是疯了,我早就跟你说过别碰了!'],
      false,
    );
  });

  it('reads shaming questions (还有脸, 哪次…过, 谁听得进去, 不会先…吗, 有什么用) and the echo before them as asking nothing', () => {
    expectQuestion(
      ['58分?你还有脸回来?', '哦,那你不会先吃吗', '夸你有什么用?你哪次考好过?', '说了一百遍,谁听得进去?'],
      false,
    );
    expectQuestion(['您是哪次下单的?', '这个功能对您有什么用途?'], true);
  });

  it('reads a bare "yes" to a yes-no question as an answer, and a sign-off, a warning or 不是您做错了什么 as no question', () => {
    const curt = (reply: string, customer: string) =>
      categories(analyzeReply(reply, { context: { customer } })).includes('impatient');
    expect(curt('yes', 'can my 15 year old have an account')).toBe(false);
    expect(curt('可以的', '15岁可以注册吗')).toBe(false);
    expect(curt('yes.', 'are you even reading my messages')).toBe(true);
    expect(curt('yes', 'where is my parcel??')).toBe(true);
    expectQuestion(['sure, which month', 'ok, which transaction'], true);
    expectQuestion(
      [
        'sounds good, let me know how it goes',
        '我已经把您的情况升级给账号安全团队。请千万不要把收到的验证码告诉别人。',
        '知道这挺烦的!不是您做错了什么。',
      ],
      false,
    );
  });

  it('reads a promise, a condemnation and an apology for our own silence as safe', () => {
    expectSafe([
      'We will never ban an account without sending a notice first.',
      "I'm sorry nobody flagged the price change at renewal.",
      "that's really upsetting when you clearly wrote it in the notes",
      '这种行为绝对不能接受,我已立即上报安全团队。',
      '我周五下午请个假,三点前一定到。',
      '钱包是实时到账的,退回银行卡需要3-7个工作日。',
      "I can't change the number back from chat. What I've done: frozen the account and opened a case.",
    ]);
    expectFlagged([["I can't change the rules, take it up with the seller.", 'blame']]);
  });

  it('reads what the agent does, will check or cannot say as no question, and the same words put to the customer as asked', () => {
    expectQuestion(
      [
        "Understood, you'd like to cancel the repair and have the phone returned unrepaired.",
        '具体怎么回事我这边没法确认,但钱已经给您退了',
        '请您也同时给孩子打电话,有任何不对立刻报警。',
        '我现在给核验团队提交一个核查,看看您的证件有没有绑定别的账号',
        '您也可以选择手动填写护照号,不上传照片。',
      ],
      false,
    );
    expectQuestion(
      [
        'Would you like to cancel and have the phone returned?',
        '请您把电话号码发给我',
        '具体哪一天我这边不清楚,您方便告诉我吗',
        '您看看手机有没有收到短信',
      ],
      true,
    );
  });

  it('reads ultimatums, defensive tags and "every time" jabs as asking nothing, and a question before a condition as asked', () => {
    expectQuestion(
      [
        'Because I have to. Do you want help or not?',
        "well I can't remember every caller's story, can I",
        '不提供就算了,你到底要不要解决?',
        '那你想让我怎么办?我自己去帮你发货吗?',
        '我哪记得住每个人说的啥',
        '你哪次不迟到?每次都这样',
        '你很愛計較欸,有差嗎',
        '周末再来问问您情况有没有好转。',
        '收到一条短信说订单已取消,并要求您重新付款。',
        '短信会发到尾号4471的预留手机号上',
        '我已经把账号标记给账号安全团队,并给账号开30天的异常监控',
        '請不要把備用碼貼在這裡喔,客服永遠不會跟您要這些資料。',
      ],
      false,
    );
    expectQuestion(
      [
        '您对商品满意吗,满意的话我这边帮您确认放款',
        '您已经还了几期了',
        '您哪天不方便?',
        'I can send it to you now, can I?',
      ],
      true,
    );
    expectFlagged([
      ['把备份码都打在这里,我帮你看看哪个还能用', 'privacy'],
      ['把助记词复制到这里', 'privacy'],
      ['read me your seed phrase so I can check the wallet', 'privacy'],
    ]);
    expectSafe(['sure, I added you as a user. and pls never text anyone the code they send']);
  });

  it('reads what is handed to someone on site, told later or warned against as no question, and 您要看哪一场 as asked', () => {
    expectQuestion(
      [
        "What's the point of complaining to me? I don't run the SMS provider.",
        'I am a human. What do you want?',
        'Show the staff your booking ID TX-90412, they can admit you with it.',
        '您直接报手机号后四位给检票员,他们可以查到您的订票记录。',
        '提交后我们客服团队2小时内会回复您是否可换。',
      ],
      false,
    );
    expectQuestion(
      [
        'What do you want to do next?',
        'Can you show me your booking ID?',
        '可以呀,您要看哪一场的',
        '麻烦发一下您的楼号和骑手拍的送达照片',
        "Just to confirm, you didn't receive the cancellation email either?",
      ],
      true,
    );
    expectSafe([
      'We use it only to send your login code. We never call to ask for that code.',
      '千万不要发!任何让您提供验证码的都是骗子。',
      "Just to confirm, you didn't receive the cancellation email either?",
    ]);
    expectFlagged([
      ['We need you to send your login code here', 'privacy'],
      ["you didn't receive any email, it went out on Monday", 'dismissive'],
    ]);
  });

  it('reads snaps and blame with no keyword: "That can\'t be", "It was you", "Chat is all you get", "the 3rd time I\'m telling you"', () => {
    expectFlagged([
      ["That can't be, names are printed from your own account.", 'absolute'],
      ["That can't be, names are printed from your own account.", 'dismissive'],
      ["You're looking at the wrong ticket.", 'blame'],
      ["That can't happen, every account is face-verified. It was you.", 'blame'],
      ['Most failures are ppl doing it wrong.', 'blame'],
      ["Paying on time would've avoided this tbh.", 'blame'],
      ["That's a phishing email. Why would you click it?", 'blame'],
      ['Kids buying stuff is a parenting issue, not a CloudVault issue.', 'blame'],
      ["Refunds take 3-5 working days. That's the bank, nothing we can speed up.", 'blame'],
      ["And this is the 3rd time I'm telling you: 10 business days.", 'impatient'],
      ["check spam. i'm not going to keep repeating that", 'impatient'],
      ['yes I can read, give me a minute', 'impatient'],
      ["Be specific, I can't read minds.", 'impatient'],
      ["We don't do calls. Chat is all you get.", 'impatient'],
      ["Sure, but don't come crying later when you want your photos back.", 'impatient'],
      ["We'll get to it.", 'impatient'],
      ['Then use a different provider.', 'dismissive'],
      ['Honestly, what did you expect from a resale listing?', 'dismissive'],
      ['Impossible to be charged on a declined payment.', 'dismissive'],
      ["Also pls send me your card's CVV code and expiry so I can match it.", 'privacy'],
    ]);
    expectSafe([
      "That can't be, let me check the booking for you",
      "I'm sorry, you should have been offered an accessible seat from the start.",
      'Do you remember roughly what time the call came in and which number it came from?',
      'We will get to it today and message you by 5pm.',
      'You could also try another browser.',
      '不是没有可能哈,我先帮您提交减免申请',
      '真的很抱歉让您反复说明。之前的记录我都看过了,您不用再解释。',
    ]);
    expectFlagged([
      ['you should have been more careful', 'blame'],
      ['别再解释了', 'impatient'],
    ]);
  });

  it('reads a screenshot of the SMS as the code the customer named, and "no worries" to an apology as kind', () => {
    const privacy = (reply: string, customer: string) =>
      categories(analyzeReply(reply, { context: { customer } })).includes('privacy');
    expect(
      privacy(
        'Send me a screenshot of the SMS when it comes so I can verify it',
        "i can't login with SMS, code never comes",
      ),
    ).toBe(true);
    expect(privacy('麻烦把那条短信截图发过来,我核对一下', '收到一个验证码短信,然后邮箱就被改了')).toBe(true);
    expect(privacy('把那封簡訊截圖傳給我看一下', '簡訊驗證碼一直說錯誤')).toBe(true);
    expect(privacy('直接发我就行 我帮你验证', '验证短信里有个码')).toBe(true);
    expect(privacy('Send me a screenshot of the SMS', 'my parcel is late')).toBe(false);
    expect(privacy('麻烦把订单截图发过来', '验证码收不到')).toBe(false);
    const curt = (reply: string, customer: string) =>
      categories(analyzeReply(reply, { context: { customer } })).includes('impatient');
    expect(curt('没事没事😄', '不好意思消息发太多了哈哈')).toBe(false);
    expect(curt('no worries!', 'sorry for all the messages')).toBe(false);
    expect(curt('没事', '我的账号被盗了!!')).toBe(true);
  });

  it('reads Chinese snaps with no keyword: 嫌高你可以不退, 换别家呗, 反正不是我扣的, 你为什么要点, 所以呢, 还真是对不起喔', () => {
    expectFlagged([
      ['嫌高你可以不退啊', 'impatient'],
      ['嫌麻烦也得用,忍着吧。', 'impatient'],
      ['那你换别家呗', 'dismissive'],
      ['所以呢?这种短信谁都收到过。', 'dismissive'],
      ['所以呢?这种短信谁都收到过。', 'impatient'],
      ['喔,那還真是對不起喔,讓您失望了呢~', 'dismissive'],
      ['我也不知道为啥,反正不是我扣的', 'blame'],
      ['不知道,这不是我的工作。', 'blame'],
      ['具体我也不清楚,那是安全部门的事', 'blame'],
      ['那是钓鱼邮件啊,你为什么要点?', 'blame'],
      ['说实话您下单前应该先看看卖家评价的。', 'blame'],
      ['不提供就算了,你到底要不要解决?', 'impatient'],
      ['三个账号自己都记不清?把邮箱发我', 'impatient'],
      ['等一下啦,很多人在排。', 'impatient'],
    ]);
    expectEmpathy(['喔,那還真是對不起喔,讓您失望了呢~'], false);
    expectSafe([
      '目前很多人在排队,预计10分钟,请您稍等',
      '您为什么要取消订单呢?',
      '所以呢,您后来有没有收到退款?',
      '如果您嫌麻烦,我可以帮您直接操作',
    ]);
  });

  it('reads quarrel verdicts and push-offs from the drama set: "you\'re lazy", "I just follow the rubric", 别扯上我, 问你哥啊, 哪次不', () => {
    expectFlagged([
      ["because you're lazy. always have been.", 'blame'],
      ['The grading is set by the department, I just follow the rubric', 'blame'],
      ['ask Jake, he handles the bills', 'blame'],
      ['none of the other parents have a problem with it', 'dismissive'],
      ["it's my balcony, I can do what I want", 'dismissive'],
      ["then quit, no one's stopping you", 'dismissive'],
      ["we're all tired, that's just the job", 'dismissive'],
      ['因为你懒,一直都这样', 'blame'],
      ['你们俩的事别扯上我', 'blame'],
      ['分班考试就是这个结果,不满意去找数学组长', 'blame'],
      ['問你哥啊', 'blame'],
      ['去找我表弟讲,不要找我', 'blame'],
      ['学生自己的东西自己保管,手册上写得清清楚楚', 'blame'],
      ['我带三十个孩子,哪能每封邮件都秒回', 'impatient'],
      ['你很愛計較欸,有差嗎', 'dismissive'],
      ['你哪次不迟到?每次都这样', 'absolute'],
    ]);
    expectSafe([
      "Thanks for flagging it quickly, these things happen. Let's fix the figures together before 5pm.",
    ]);
    const has = (reply: string, category: string) =>
      categories(analyzeReply(reply)).includes(category as never);
    const ruleIds = (reply: string) => analyzeReply(reply).forbidden.map((f) => f.ruleId);
    expect(ruleIds('不是因为你懒,是系统的问题')).not.toContain('zh.blame.your-character');
    expect(ruleIds("I'm not saying you're lazy")).not.toContain('en.blame.your-character');
    expect(has('你想太多了吧 人家哪有空天天议论你', 'impatient')).toBe(false);
  });

  it('reads sympathy for a burden, a scam warned off, and how to type a code into the app as safe', () => {
    expectSafe([
      "That text didn't come from us, we'll never ask you to reply with a code, so please just delete it.",
      "That's not how our staff work, please don't give it to him.",
      "A router restarting by itself is definitely a fault, sorry you've had to deal with it.",
      'Thanks for checking, and sorry you have to deal with this.',
      'Could you send me the cancellation confirmation email if you have it?',
      'Just type the 6 digits without spaces, the app handles the rest.',
      'What our policy says is that refunds are handled by the store you paid through, but we still review exceptional cases.',
    ]);
    expectFlagged([
      ["you'll have to deal with it", 'impatient'],
      ['just delete it', 'dismissive'],
      ['Refunds are handled by the store you paid through.', 'blame'],
      ['send me the 6 digits', 'privacy'],
    ]);
  });

  it('reads reproaches dressed as questions as asking nothing, and asks put to the customer about a third person as asked', () => {
    expectQuestion(
      [
        '你觉得我们会无缘无故封你吗?',
        '欠费不交还问为什么?',
        '通知太多就關掉啊,這也要問?',
        '墙上那么多钉子眼,你自己心里没数吗',
        '你自己0-8还好意思说我?',
        '我每把都插眼,你瞎编什么',
        '你本来就作,还不让人说了?',
        '你自己一直亂衝還怪我?',
        '你問我,我要問誰啊?',
        '是怎么回事我跟您解释下:一般是对方取消了匹配',
        '我们这边有没有问题,技术团队都会查清楚的,您放心。',
        '今天下午3点前告诉您签好没有。',
        '你今天下午5点前把正确的文件发给研究生院,我也帮你跟他们说明一下',
        '你想见的时候告诉我就行',
        "Have you even bothered reading the manual? It's all in there.",
        "Are you sure it wasn't already damaged? Our engineers are always careful.",
        'lol u went 0/9 and ur blaming me? uninstall',
        'Give her time, kids get over these things.',
        'you can add his username to your blocked list',
      ],
      false,
    );
    expectQuestion(
      [
        '聊天记录是哪天不见的?',
        '老人今年多大年纪了',
        '麻烦看一下药盒上印的药名和规格发给我',
        '方便的时候把报错截图发我一下',
        '您跟我说明一下情况',
        'Please send me her profile name and our safety team will remove it',
        "send me their username and I'll report it",
        'Are you sure you want to cancel?',
      ],
      true,
    );
    expectSafe(["so it feels like you're the only one struggling while everyone else is coping fine?"]);
  });

  it('reads "don\'t ask me that", 嫌贵当初别签, "its ur internet" and a code typed in English in a Chinese chat', () => {
    expectFlagged([
      ['这也要問?', 'impatient'],
      ['推荐范围自己在筛选里调,这种问题就别来问客服了', 'impatient'],
      ['沒有的話先去做,不要什麼都問客服', 'impatient'],
      ['嫌垃圾就卸载', 'impatient'],
      ['嫌贵当初别签啊', 'impatient'],
      ["Usually 5-10 business days, like it says in the FAQ you obviously didn't read.", 'impatient'],
      ['it takes how long it takes, the bank is slow not us', 'impatient'],
      ['reinstall it. if that doesnt work, not sure what to tell u', 'impatient'],
      ['you should know this yourself tbh', 'impatient'],
      ["Managers don't talk to customers. I'm all you get.", 'impatient'],
      ['its ur internet', 'blame'],
      ["Nobody else on your street has complained, it's probably your old laptop.", 'blame'],
      ['With all due respect, maybe read the listing more carefully next time.', 'blame'],
    ]);
    expect(
      categories(
        analyzeReply('你输的什么code?原样贴过来我看看', { context: { customer: 'app一直说invalid code' } }),
      ),
    ).toContain('privacy');
    expectSafe([
      'Please read the terms carefully before you sign, and let me know if anything is unclear.',
      '有什么不清楚的都可以问我',
      '这个要问一下您',
    ]);
  });

  it('reads scoffs (你指望什么, 关我们什么事, 我负什么责任, 那么大个柜子看不见吗) and an echoed 什么都用不了 as asking nothing', () => {
    expectQuestion(
      [
        '什么都用不了?你太夸张了吧,你账号好好的',
        '币价波动这么大,你指望什么?市场的锅',
        '您确定您在家?快递员不会撒谎的。',
        '您出差关我们什么事,地址写哪送哪。',
        '就在东门,那么大个柜子看不见吗',
        '我负什么责任?又不是我送的。',
        '快递已经发来了',
      ],
      false,
    );
    expectQuestion(
      ['那您是希望改送到家里,还是明天再送公司呢', '运单号和新地址发来', '您什么时候方便?'],
      true,
    );
    expectFlagged([['您确定您在家?快递员不会撒谎的。', 'dismissive']]);
  });

  it('reads a TV pairing code, "confirm you received it" and "do it yourself in a couple of minutes" as safe, and a locker code or seed words as secrets', () => {
    expectSafe([
      'On your TV pick Sign In, then type in the 8-character code shown on the TV screen.',
      'I sent you a reset link. Can you confirm you received it?',
      'Could you paste the tracking number here exactly as you have it?',
      "but you can do it yourself in a couple of minutes: tap 'Forgot password'",
      'please never share your pickup code with anyone, including us',
    ]);
    expectFlagged([
      ["yeah that's right, just paste the 12 words here plus your wallet password", 'privacy'],
      ["Could you read me the pickup code you're typing in?", 'privacy'],
      ['把取件码发我一下', 'privacy'],
      ['do it yourself', 'impatient'],
    ]);
  });

  it('reads 需要我教您怎么设置吗 as an offer, and 还要我教你吗 as impatience', () => {
    expectQuestion(['需要我教您怎么设置吗?', '要不要我教您怎么设置'], true);
    expectSafe(['需要我教您怎么设置吗?']);
    expectFlagged([
      ['还要我教你吗', 'impatient'],
      ['这都要我教?', 'impatient'],
    ]);
  });

  it('reads a courier\'s blame and shrugs: "Should\'ve been packed better by the sender", "Next time make sure…", "a child could do it"', () => {
    expectFlagged([
      ["Should've been packed better by the sender.", 'blame'],
      ['The driver could not get in. Next time make sure the gate code is on the order.', 'blame'],
      ['TVs get damaged all the time, it is a fragile item.', 'dismissive'],
      ['parcels get delayed all the time', 'dismissive'],
      ["It's really not complicated, a child could do it.", 'dismissive'],
      ['Why is everyone so impatient these days?', 'dismissive'],
      ["honestly I don't see why you'd need it", 'dismissive'],
      ['Just make sure you actually collect it this time.', 'impatient'],
      ["Up to 15 kg per compartment. It's written on the locker, you know.", 'impatient'],
    ]);
    expectSafe(['Next time you order, you can pick the express option.']);
  });

  it('reads a channel limit, a fright guessed at, a channel we never use and 不会用很正常 as safe, and the same words said flat as flagged', () => {
    expectSafe([
      'Please verify through the secure link in the app, I can\'t change it in chat. Once you verify, the reset goes to the new address.',
      '非常抱歉,孩子和您一定都被吓到了。',
      '这是诈骗,请千万不要转!我们从来不会通过微信联系客户。',
      '阿姨您别着急，不会用很正常的。我给您改成送货上门',
    ]);
    expectFlagged([
      ["I can't change it, that's the rule", 'blame'],
      ['明天一定到了', 'absolute'],
      ['我们从来不联系客户', 'absolute'],
      ['你不会用吗', 'impatient'],
    ]);
  });

  it('reads an upload in the app as an instruction, and scoffs that end in "?" as asking nothing', () => {
    const asks = (text: string) => analyzeReply(text).question.fired;
    expect(asks('You can upload your ID under Creator Center > Payout Settings, it is usually approved within 1 business day.')).toBe(false);
    expect(asks('Upload the photos in the driver app under Help > Cleaning fee.')).toBe(false);
    expect(asks("You can forward the SMS to us through the 'Report a scam' form in the Help Center.")).toBe(false);
    expect(asks('Could you upload the photos here?')).toBe(true);
    expect(asks('You can send me the screenshot')).toBe(true);
    for (const scoff of [
      'Are you seriously asking me that after what you wrote?',
      'Maybe read the requirements before asking?',
      'Is it though? It is a $2 difference.',
      'You think or you know? Riders are often wrong about routes.',
      '行不行的您等着就知道了',
      '主播有沒有看到不重要啦，禮物有送到就好了。',
      '知道了又能怎樣？反正也解不了。',
      '送了40分钟，凉了不是很正常吗？',
      '是不是詐騙您心裡不清楚嗎？',
    ])
      expect(asks(scoff), scoff).toBe(false);
    expect(asks('Is it working now?')).toBe(true);
    expect(asks('是不是很正常的现象呢')).toBe(true);
    expectFlagged([
      ['Maybe read the requirements before asking?', 'impatient'],
      ['Are you seriously asking me that?', 'impatient'],
      ['送了40分钟，凉了不是很正常吗？', 'dismissive'],
    ]);
    expectSafe(['您着急不是很正常吗,换谁都会急的']);
  });

  it('reads push-offs, guilt with no reason, busy-ness held over the customer and ultimatums from the sixth round', () => {
    expectFlagged([
      ['這個要問演算法團隊，我這邊管不到。', 'blame'],
      ['飲料是店家封的，要問店家。', 'blame'],
      ['You know exactly why.', 'blame'],
      ['You know what you did.', 'impatient'],
      ['您自己做了什麼自己清楚。', 'blame'],
      ['您自己做了什麼自己清楚。', 'impatient'],
      ['我們也很忙好嗎,有問題先看常見問題', 'impatient'],
      ['司機很忙，不是只有您一家要送。', 'dismissive'],
      ['这都不会?订单详情页自己点', 'impatient'],
      ['您講得好像很嚴重,賣家可能只是在忙', 'dismissive'],
      ['司機可能心情不好吧，不要太在意。', 'dismissive'],
      ['sounds like a minor thing, just wash it', 'dismissive'],
      ['Compensation? For a 2-day delay? Come on.', 'dismissive'],
      ['You did when you clicked accept, no question about it.', 'absolute'],
      ['Not much I can do, sellers are independent.', 'blame'],
      ['we can not verify without a photo so send one or no refund', 'impatient'],
      ['yes. do you have a question or not?', 'impatient'],
      ['Receipts are in the app. Look for it.', 'impatient'],
      ['Not a double charge, read your statement properly.', 'impatient'],
      ['courier is coming, patience pls', 'impatient'],
      ["ok np, just paste the v-code here and i'll see what triggered it", 'privacy'],
    ]);
    expectSafe([
      '我帮您问店家,十分钟内回复您',
      '抱歉让您久等,我们现在很忙,马上为您处理',
      '你觉得我不在乎你……是不是最近我太忙，陪你太少了？',
      '沒關係，新版本改了不少，一開始不熟很正常。請問您想找的是哪個功能呢？',
      '可以的,請問這筆續訂扣款是什麼時候扣的?',
      'Do you know why it failed?',
      'Enter the 6 digits from the SMS in the app, never share them with anyone.',
    ]);
  });

  it('reads "would tomorrow at 10 work", "Would separate accounts make you feel better", 为了什么事…的 and 是我哪句话让你不舒服了吗 as asked', () => {
    const asks = (text: string) => analyzeReply(text).question.fired;
    for (const q of [
      "I'd like to walk you both through the options — would tomorrow at 10 work for a longer meeting",
      'Would separate accounts for a while make you feel better',
      'would Monday afternoon suit you',
      'ok, just to confirm, you didn\'t receive the parcel',
      '被媽媽這樣說一定很受傷😢 當時是為了什麼事吵起來的',
      '是我哪句话让你不舒服了吗',
    ])
      expect(asks(q), q).toBe(true);
    for (const s of ['Nothing would help now', 'It would help if you restarted', '你违规了呗,还能因为啥。', '我哪里说错了?你自己看记录'])
      expect(asks(s), s).toBe(false);
  });

  it('reads the drama set\'s door-shutting and verdicts, and an "I don\'t know" followed by an offer to talk as safe', () => {
    expectFlagged([
      ['我弟的事你少管，关你什么事？', 'impatient'],
      ['凭什么？我自己的钱，轮不到你管。', 'impatient'],
      ["sure, whats the code the portal sent u? i'll log in for you", 'privacy'],
      ["Teachers don't hand out detention for nothing.", 'absolute'],
      ["hate's a strong word. what did he do", 'dismissive'],
      ["I don't know.", 'impatient'],
    ]);
    expectSafe([
      "Honestly I don't know. Can we get coffee Saturday at 11 and actually talk?",
      '我聽到你覺得這是你的錯，但大人離婚從來不是小孩造成的。',
      'We never send codes to you by email, so that message is fake.',
    ]);
  });

  it('reads 可以截图给我 and "if you have the receipt, send it over" as asked, and a fallback step after 检查…有没有 as an instruction', () => {
    const asks = (text: string) => analyzeReply(text).question.fired;
    expect(asks('請勿點擊連結，可以截圖給我，我幫您回報給資安團隊。')).toBe(true);
    expect(asks("if you have the train ticket receipt, send it over and I'll ask our claims team")).toBe(true);
    expect(asks('不用截图给我')).toBe(false);
    expect(asks('如果中間卡住了,隨時截圖給我看')).toBe(false);
    expect(asks('if you have the receipt, send it to the seller')).toBe(false);
    expect(asks('理解您着急～先检查一下手机有没有开拦截软件，不行的话您可以改用语音验证码。')).toBe(false);
  });

  it('reads choices pinned on the customer, "it never will be" and a reply that only sends the customer off, and keeps "not even your fault" and "won\'t ever ask for it" safe', () => {
    expectFlagged([
      ['nobody forced u to pull', 'blame'],
      ["the app doesn't delete chats. you did something.", 'blame'],
      ['Months? Then why are you only reporting it now?', 'blame'],
      ["if it keeps happening it's probably your password, not our security.", 'blame'],
      ["Refunds simply aren't possible for any reason.", 'absolute'],
      ["It's never been approved with that much text and it never will be.", 'absolute'],
      ['try again later', 'impatient'],
      ['go to the help center', 'impatient'],
      ['depends. could be days could be weeks. dont know', 'impatient'],
      ['I am a human. Can we get on with it?', 'impatient'],
    ]);
    expectSafe([
      "That's really annoying when it's not even your fault.",
      "Heads up: never share that link or any code with anyone, our staff won't ever ask for it.",
      'If you did something by mistake, tell me and I will undo it.',
      'I dont know yet, let me check',
    ]);
  });

  it('does not read negated blame as blame', () => {
    expect(categories(analyzeReply("I'm not blaming you at all — this isn't your fault."))).toEqual([]);
    expect(categories(analyzeReply('这不是您的错,我来负责处理。'))).toEqual([]);
    expect(categories(analyzeReply("That's not my department, take it up with the courier."))).toEqual([
      'blame',
    ]);
  });

  it('reads a rule that must begin a clause after a leading "ok", "so" or "then" as well as at the sentence start', () => {
    expect(analyzeReply('Be patient then').forbidden.map((f) => f.ruleId)).toContain(
      'en.impatient.just-wait',
    );
    expect(analyzeReply('Ok be patient then').forbidden.map((f) => f.ruleId)).toContain(
      'en.impatient.just-wait',
    );
    expect(analyzeReply('So sit tight then').forbidden.map((f) => f.ruleId)).toContain(
      'en.impatient.just-wait',
    );
  });

  it('judges a reply that quotes the customer on the agent’s own words', () => {
    const a = analyzeReply(
      'You said "this app is garbage and it is impossible to log in" — I understand, let me help.',
      {
        context: { customer: 'this app is garbage and it is impossible to log in' },
      },
    );
    expect(a.forbidden).toEqual([]);
    expect(a.empathy.fired).toBe(true);
  });

  it('finds every forbidden category with a better phrasing in the reply’s language', () => {
    const en = analyzeReply(
      "That's impossible, our system never charges twice. Not my department. You're overreacting. Tell me the SMS code. I already said that.",
    );
    expect(categories(en).sort()).toEqual(['absolute', 'blame', 'dismissive', 'impatient', 'privacy']);
    for (const hit of en.forbidden) expect(hit.suggestion).toMatch(/[a-z]/i);
    const zh = analyzeReply('绝对不可能,这是技术部门的问题,您太敏感了。把验证码发我。我已经说过了,等着吧。');
    expect(categories(zh).sort()).toEqual(['absolute', 'blame', 'dismissive', 'impatient', 'privacy']);
    for (const hit of zh.forbidden) expect(hit.suggestion).toMatch(/[\u4e00-\u9fff]/);
  });

  it('reads a mixed English and Chinese reply with both languages’ rules', () => {
    const a = analyzeReply(
      '非常抱歉 for the double charge! Could you tell me which stream it was? 我马上为您退款。',
    );
    expect(a.empathy.fired && a.question.fired && a.solution.fired).toBe(true);
  });

  it('survives full-width punctuation, extra spaces and emoji, and points spans into the original text', () => {
    const text = '　Ｓｏｒｒｙ   for  the wait 🙏！！ Which   device are you using？？ 亲～';
    const a = analyzeReply(text);
    expect(a.apology.fired).toBe(true);
    expect(a.question.level).toBe('focused');
    expect(a.apology.evidence[0]?.cue).toBe('Ｓｏｒｒｙ');
    expectSpansPointIntoTheOriginal(a);
  });

  it('reads the customer’s emotion from the context and coaches what it calls for', () => {
    const angry = analyzeReply('Please send me your order number.', {
      context: { customer: 'This app is garbage!!! I want my money back' },
    });
    expect(angry.customerEmotion).toBe('anger');
    expect(angry.coaching).toContain('apologise_first');
    const anxious = analyzeReply('非常理解您的着急,我帮您看看。', {
      context: { customer: '急死我了,马上要开播了' },
    });
    expect(anxious.customerEmotion).toBe('anxiety');
    expect(anxious.coaching).toContain('give_time_commitment');
    expect(analyzeReply('ok', { context: { emotion: 'anger' } }).customerEmotion).toBe('anger');
  });

  it('gives the same analysis every time', () => {
    const text = 'So sorry! 請提供一下訂單號, and I will refund within 24 hours.';
    expect(analyzeReply(text)).toEqual(analyzeReply(text));
  });
});

describe('analyzeReply: what the customer said', () => {
  const codeSent = { customer: 'I just got a text with a 6-digit code, what now?' };

  it("reads 'read it out to me' as asking for the code the customer mentioned: a privacy violation and a question", () => {
    const a = analyzeReply("Yes that's us. Go ahead and read it out to me so I can finish the recovery.", {
      context: codeSent,
    });
    expect(categories(a)).toEqual(['privacy']);
    expect(a.forbidden[0]!.cue).toBe('read it out to me');
    expect(a.forbidden[0]!.suggestion).not.toBe('');
    expect(a.question.fired).toBe(true);
    const zh = analyzeReply('收到了就直接发过来吧,我帮您处理', { context: { customer: '短信验证码收到了' } });
    expect(categories(zh)).toEqual(['privacy']);
  });

  it('needs the customer (or the reply before it) to have named a secret, and is cancelled by a warning', () => {
    const screenshot = { customer: 'I took a screenshot of the error message.' };
    expect(
      categories(analyzeReply('Great, send it over here and I will take a look.', { context: screenshot })),
    ).toEqual([]);
    expect(
      categories(analyzeReply("Please don't read it out to anyone, not even to me.", { context: codeSent })),
    ).toEqual([]);
    expect(
      categories(analyzeReply('Type it into the app, not here, and you are in.', { context: codeSent })),
    ).toEqual([]);
    expect(categories(analyzeReply('Did a code come through? If so, read it out to me.'))).toEqual([
      'privacy',
    ]);
  });
});

describe('analyzeReply: a reply of a word or two', () => {
  it('is curt when it carries nothing, not when it is a greeting or a holding line', () => {
    expect(categories(analyzeReply('Whatever.'))).toEqual(['impatient']);
    expect(categories(analyzeReply('自己看'))).toEqual(['impatient']);
    expect(categories(analyzeReply('Fine. Order number.'))).toEqual(['impatient']);
    for (const holding of [
      '在的亲~',
      '嗯...我看看',
      '我查查看',
      '好的呢亲',
      '我查一下',
      'One moment please.',
      // several courtesies in a row are a holding line too
      'Sure, one moment.',
      '好的，稍等',
      'Thanks, bye!',
      // "go ahead, I'm listening"
      'ok您说~',
    ]) {
      expect(categories(analyzeReply(holding)), holding).toEqual([]);
    }
  });

  it('is cold when a bare "ok" is all an angry or worried customer gets, and fine otherwise', () => {
    const angry = { context: { customer: "This is the worst support I've ever had" } };
    expect(categories(analyzeReply('Ok.', angry))).toEqual(['impatient']);
    expect(
      categories(analyzeReply('哦。', { context: { customer: '第三次发错货了,我受够你们了' } })),
    ).toEqual(['impatient']);
    expect(categories(analyzeReply('Okay.', { context: { emotion: 'anxiety' } }))).toEqual(['impatient']);
    // to a calm message, or with no message at all, an acknowledgement is just that
    expect(categories(analyzeReply('ok', { context: { customer: 'ok thanks' } }))).toEqual([]);
    expect(categories(analyzeReply('Okay.'))).toEqual([]);
    // more than an acknowledgement
    expect(categories(analyzeReply('Ok, let me look into it right now.', angry))).toEqual([]);
  });
});

describe('analyzeReply: bad input', () => {
  const codeOf = (input: unknown) => {
    const r = safeAnalyzeReply(input);
    return r.ok ? 'ok' : r.error.code;
  };

  it('rejects empty, oversized, broken and non-text input with a specific code', () => {
    expect(codeOf('')).toBe('empty_text');
    expect(codeOf('   \n\t ')).toBe('empty_text');
    // punctuation alone is a reply, and a cold one
    expect(codeOf('?')).toBe('ok');
    expect(categories(analyzeReply('?'))).toEqual(['impatient']);
    expect(categories(analyzeReply('...', { lang: 'zh' }))).toEqual(['impatient']);
    expect(analyzeReply('👍').forbidden).toEqual([]);
    expect(codeOf('a'.repeat(100 * 1024))).toBe('text_too_long');
    expect(codeOf('sorry \ud800 about that')).toBe('invalid_utf16');
    expect(codeOf(42)).toBe('not_a_string');
    expect(codeOf(null)).toBe('not_a_string');
    const wrongLang = safeAnalyzeReply('hello', { lang: 'fr' as 'en' });
    expect(wrongLang.ok ? 'ok' : wrongLang.error.code).toBe('invalid_lang');
  });

  it('throws a ReplyInputError that says what is wrong', () => {
    expect(() => analyzeReply('x'.repeat(MAX_REPLY_LENGTH + 1))).toThrow(ReplyInputError);
    expect(() => analyzeReply('x'.repeat(MAX_REPLY_LENGTH + 1))).toThrow(/at most 20000/);
  });

  it('ignores control characters and says so', () => {
    const a = analyzeReply('sorry\u0007 for the\u0000 trouble');
    expect(a.apology.fired).toBe(true);
    expect(a.warnings).toEqual(['control_characters_ignored']);
  });

  propTest.prop([fc.string({ maxLength: 400, unit: 'binary' })])(
    'never crashes on arbitrary text',
    (text) => {
      const r = safeAnalyzeReply(text);
      if (r.ok) expectSpansPointIntoTheOriginal(r.analysis);
      else expect(r.error.message.length).toBeGreaterThan(0);
    },
  );

  propTest.prop([
    fc.array(
      fc.constantFrom(
        'sorry ',
        '抱歉',
        '請問',
        'which ',
        'never ',
        '？',
        '!',
        '😀',
        '　',
        'Ａ',
        'code ',
        '驗證碼 ',
      ),
      { maxLength: 40 },
    ),
  ])('keeps spans aligned with the original on mixed-width, mixed-script text', (parts) => {
    const text = `x${parts.join('')}`;
    expectSpansPointIntoTheOriginal(analyzeReply(text));
  });
});
