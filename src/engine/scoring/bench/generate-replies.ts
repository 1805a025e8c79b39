/** seeded generator of customer-service replies (en, zh-CN, zh-TW) for the benchmark; at most 300 characters */

const EN = [
  "I'm so sorry for the trouble, I can see why that's frustrating.",
  'Could you tell me which device you are using',
  "So the charge appeared twice on your statement, right?",
  "I've refunded the duplicate payment and you'll see it within 3-5 business days.",
  "I'll email you as soon as the security team has reviewed it.",
  'Please never share your password or verification code with anyone, including us.',
  "That's impossible, our system never charges twice.",
  "That's not my department, take it up with the courier.",
  "You're overreacting, nobody else has this problem.",
  'Just tell me the code we texted you.',
  'I already said that. Just wait.',
  'hey!! pls send the order id and a screenshot 🙏',
  'Thanks for waiting, let me check.',
  'Have you tried restarting the app',
  'What do you want me to do about it?',
  "Our records currently show one charge, I'll raise it with the billing team right now.",
  'Tap Settings > Security > Change password and follow the steps.',
];
const ZH = [
  '非常抱歉给您带来不便,我非常理解您的心情。',
  '麻烦提供一下您的订单号',
  '您是说昨天直播打赏被扣了两次款,对吗?',
  '已为您提交退款申请,预计3-5个工作日到账。',
  '处理好后我会第一时间通知您。',
  '请勿将验证码告诉任何人,包括客服。',
  '绝对不可能,我们系统从来不会重复扣款。',
  '这是技术部门的问题,我们也没办法。',
  '您太敏感了,别人都没问题。',
  '把短信里的验证码发我一下',
  '我已经说过了,等着吧。',
  '親,請問您用的是哪個手機型號呢',
  '讓您久等了,真的很不好意思,我幫您查一下。',
  '您看这样可以吗',
  '你到底想怎么样?',
  '请您通过官方页面修改密码,我这边也已为您开启登录保护。',
  '帳號被盜一定很慌,我已經轉交資安團隊,他們會在24小時內與您聯繫。',
];

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateReplies(count: number, seed: number): string[] {
  const rng = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const pool = rng() < 0.5 ? EN : ZH;
    const parts = 1 + Math.floor(rng() * 6);
    let reply = '';
    for (let k = 0; k < parts; k++) {
      const next = pick(pool);
      const joined = reply ? `${reply}${pool === EN ? ' ' : ''}${next}` : next;
      if (joined.length > 300) break;
      reply = joined;
    }
    out.push(reply);
  }
  return out;
}
