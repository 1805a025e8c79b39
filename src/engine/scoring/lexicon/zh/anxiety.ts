import { defineLexicon } from '../lexicon-types.ts';

const r = String.raw;

export default defineLexicon({
  lang: 'zh',
  signal: 'anxiety',
  description: '客户的焦虑或着急:先给时间承诺和最短路径',
  cues: [
    { id: 'zh.anxiety.urgent', pattern: r`急死|着急|急用|马上要用|马上就要|耽误|来不及|赶紧|快点|尽快|赶时间|紧急|截止|明天就要|今天就要|等不了|急着|火烧眉毛|要开播|要直播|马上开播|deadline` },
    { id: 'zh.anxiety.worry', pattern: r`怎么办|担心|害怕|慌|焦虑|求求|救命|帮帮我|睡不着|心里没底|不知道该怎么办|被盗|被骗|钱没了|被偷|被黑` },
  ],
});
