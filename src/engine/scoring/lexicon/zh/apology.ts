import { defineLexicon } from '../lexicon-types.ts';

const r = String.raw;

export default defineLexicon({
  lang: 'zh',
  signal: 'apology',
  description: '真诚地为麻烦道歉;阴阳怪气的道歉不算',
  cues: [
    { id: 'zh.apology.sorry', pattern: r`抱歉|对不起|不好意思|致歉|歉意|sorry|对不住|见谅|原谅|谅解(?:一下)?(?:哈|哦)?$|失礼了|唔好意思|sorry` },
    { id: 'zh.apology.our-fault', pattern: r`(?:是|怪|属于)(?:我们|我|平台|我方|这边)(?:的|这边的)?(?:失误|疏忽|问题|不好|不对|过失|错|责任|工作失误|没做好)|(?:我们|我)(?:的)?(?:工作)?(?:没做好|做得不好|做得不够好|做得不到位|有失误|疏忽了)|给(?:您|你)添(?:麻烦|堵|乱)了` },
  ],
  guards: [
    { id: 'zh.apology.guard.sarcastic', pattern: r`(?:对对对|是是是|好好好|行行行)|(?:行|好|可以)了吧|(?:别家|别的平台|其他家|其他平台|别处)|(?:不满意|不喜欢|不想用|嫌)[^,。]{0,6}(?:可以|就)?(?:不要|别|不)(?:用|买|来)|我们就是这样|(?:伺候|满足|服务|招待)不(?:了|起)|庙小|大佛|难伺候|那(?:真是)?对不起了?(?:啊|哦)?[,]?(?:我们|本店)?(?:也|就)?没办法|行行行|好好好|对不起行了吧|对不起总行了吧|对不起,?对不起,?(?:行|可以)了吧|sorry啦?[,]?(?:我们|我)?(?:能力|水平)有限`, scope: 'sentence' },
    { id: 'zh.apology.guard.more-sarcasm', pattern: r`(?:这么不满意|法眼|整整[^,。]{1,8}呢|免费样品|伺候不起)`, scope: 'sentence' },
    { id: 'zh.apology.guard.no-need', pattern: r`(?:不用|不必|无需|没(?:什么|啥)?好|没有必要)(?:跟我|和我|向我)?(?:说)?(?:道歉|抱歉|不好意思|说对不起)`, scope: 'clause' },
  ],
});
