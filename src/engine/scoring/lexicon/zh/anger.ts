import { defineLexicon } from '../lexicon-types.ts';

const r = String.raw;

export default defineLexicon({
  lang: 'zh',
  signal: 'anger',
  description: '客户的愤怒:先道歉、快解决',
  cues: [
    { id: 'zh.anger.again-and-again', pattern: r`第(?:[二三四五六七八九十几]+|\d+)(?:次|遍|回)(?:联系|找|打|问|咨询|投诉|说|反映|来|催|打电话|发消息|留言)`, note: '"第四次联系你们了!!":被迫一次次找客服' },
    { id: 'zh.anger.insult', pattern: r`太差|垃圾|什么破|破(?:平台|软件|app|系统|东西|客服)|骗子|骗钱|坑人|坑钱|恶心|离谱|气死|生气|愤怒|不负责任|再也不(?:用|买|来)|卸载|差评|无语|滚|搞什么|什么玩意|太过分|过分|忍无可忍|受够|火大|黑心|退钱|投诉你们|12315|消协|曝光|报警|律师|起诉|骗人|坑爹|坑|无良|流氓|强盗|抢钱|奸商|什么鬼|搞毛|tm|特么|他妈|妈的|!!+|\?!` },
  ],
});
