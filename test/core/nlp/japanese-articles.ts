/**
 * Japanese articles written for these tests in the house styles of Japanese outlets (NHK's
 * です/ます and 次のように述べました, Kyodo's 【北京共同】 datelines and 副報道局長 titles, Asahi's
 * 【パリ=…】 bylines, Jiji's 体言止め), with speakers introduced late, title forms, quotes inside
 * quotes and another actor's words inside a minister's sentence. Names and events are invented
 * or generic; nothing is copied from a news source or a corpus.
 */
export interface JapaneseCase {
  name: string;
  text: string;
  /** Every quote, as `words → speaker (actor)`; `?` and `-` for null. */
  quotes: string[];
}

export const JAPANESE_CASES: JapaneseCase[] = [
  {
    name: 'NHK style: speaker announced before a run of quotes, です/ます',
    text: [
      '林外務大臣は１０日の閣議のあとの記者会見で、ＮＡＴＯの連絡事務所について次のように述べました。',
      '「ＮＡＴＯとの協力は、わが国の安全保障にとって重要です」',
      '「具体的な内容は、今後、調整していきます」',
      'また、林大臣は「中国にも丁寧に説明していきたい」と述べました。',
    ].join('\n\n'),
    quotes: [
      'ＮＡＴＯとの協力は、わが国の安全保障にとって重要です → 林外務大臣 (japan)',
      '具体的な内容は、今後、調整していきます → 林外務大臣 (japan)',
      '中国にも丁寧に説明していきたい → 林大臣 (japan)',
    ],
  },
  {
    name: 'Kyodo style: dateline, ministry spokesperson with a deputy title, a reply to Japan',
    text: [
      '【北京共同】中国外務省の毛寧副報道局長は１１日の記者会見で、日本とＮＡＴＯの連携強化について「アジア太平洋に陣営対立を持ち込むべきではない」と批判した。',
      '日本に対して「歴史の教訓を忘れてはならない」とも述べた。',
    ].join('\n\n'),
    quotes: [
      'アジア太平洋に陣営対立を持ち込むべきではない → 中国外務省の毛寧副報道局長 (china)',
      '歴史の教訓を忘れてはならない → 中国外務省の毛寧副報道局長 (china)',
    ],
  },
  {
    name: 'Asahi style: bracketed dateline and byline before a president with a country abbreviation',
    text: '【パリ=山田花子】マクロン仏大統領は１２日、「ＮＡＴＯは北大西洋の同盟であり、その地理的範囲を広げるべきではない」と記者団に語った。',
    quotes: [
      'ＮＡＴＯは北大西洋の同盟であり、その地理的範囲を広げるべきではない → マクロン仏大統領 (france)',
    ],
  },
  {
    name: 'title forms resolve through the gazetteer: surname + title, told apart by the title',
    text: [
      '上川大臣は「パートナー国との連携を一層深めたい」と強調した。',
      '中国外務省の林報道官は「日本は慎重に行動すべきだ」と述べた。',
      '林外相は「中国の主張は当たらない」と反論した。',
    ].join('\n\n'),
    quotes: [
      'パートナー国との連携を一層深めたい → 上川大臣 (japan)',
      '日本は慎重に行動すべきだ → 中国外務省の林報道官 (china)',
      '中国の主張は当たらない → 林外相 (japan)',
    ],
  },
  {
    name: 'speaker introduced after the quote, in the next sentence',
    text: '「東京に事務所を置く計画について、最終的な決定は下されていない」。ＮＡＴＯ当局者は１３日、取材にこう答えた。',
    quotes: ['東京に事務所を置く計画について、最終的な決定は下されていない → ＮＡＴＯ当局者 (nato)'],
  },
  {
    name: 'speaker named after the quote particle, with a date between',
    text: '「欧州とインド太平洋の安全保障は切り離せない」と、ストルテンベルグ事務総長は１４日、ブリュッセルでの記者会見で強調した。',
    quotes: ['欧州とインド太平洋の安全保障は切り離せない → ストルテンベルグ事務総長 (nato)'],
  },
  {
    name: 'another actor’s words inside a minister’s sentence',
    text: '上川外相は、中国が「地域の平和を乱す」と主張していることについて「全く根拠がない」と反論した。',
    quotes: ['地域の平和を乱す → 中国 (china)', '全く根拠がない → 上川外相 (japan)'],
  },
  {
    name: 'a quote inside a quote stays part of the outer quote',
    text: 'ブリンケン米国務長官は「日本が『真のグローバル・パートナー』であることを改めて示した」と語った。',
    quotes: ['日本が『真のグローバル・パートナー』であることを改めて示した → ブリンケン米国務長官 (us)'],
  },
  {
    name: 'a clause about something else does not give its subject; a time topic is not a speaker',
    text: 'ＮＡＴＯが東京に連絡事務所を開設する構想について、１５日は岸田首相が「現時点で決まったことはない」と述べた。',
    quotes: ['現時点で決まったことはない → 岸田首相 (japan)'],
  },
  {
    name: 'a phrase that cannot be a speaker leaves the quote unattributed, not a fragment',
    text: [
      'ＮＡＴＯの新たな拠点づくりに対して「冷戦思考の表れだ」との声も上がった。',
      '日本に対して「説明を求める」という意見も出ている。',
    ].join('\n\n'),
    quotes: ['冷戦思考の表れだ → ? (-)', '説明を求める → ? (-)'],
  },
  {
    name: 'a pronoun follows the last named speaker; a former official speaks for no one',
    text: [
      'ルッテ事務総長は「インド太平洋のパートナーとの対話を続ける」と語った。彼は「中国の動きを注視している」とも述べた。',
      '元外交官の田中一郎氏は「象徴的な意味合いが大きい」と話した。',
    ].join('\n\n'),
    quotes: [
      'インド太平洋のパートナーとの対話を続ける → ルッテ事務総長 (nato)',
      '中国の動きを注視している → ルッテ事務総長 (nato)',
      '象徴的な意味合いが大きい → 元外交官の田中一郎 (-)',
    ],
  },
  {
    name: 'Jiji style: sentence ending on a noun of saying; a name in quotation marks is not a quote',
    text: '政府は「自由で開かれたインド太平洋」の実現を掲げる。防衛省幹部は「抑止力の強化につながる」と指摘。',
    quotes: ['抑止力の強化につながる → 防衛省幹部 (japan)'],
  },
  {
    name: 'a batch written after the rules, first run unchanged: 時事 dateline, 述べ…強調 pairs, このように語った, hearsay',
    text: [
      '【ブリュッセル時事】ＮＡＴＯのダクララ報道官は１日、声明を発表し、「東京事務所に関する議論は加盟国の間で続いている」と明らかにした。',
      '木原防衛相は閣議後の記者会見で、「ＮＡＴＯとの防衛協力は着実に進展している」と指摘し、豪州や韓国とも連携を深める考えを示した。',
      'これについて、中国外務省の報道官は「日本は歴史を反省すべきだ」と述べ、「地域の緊張を高める行為に断固反対する」と強調した。',
      '「事務所の開設は時期尚早だ」。フランス政府関係者は本紙の取材に対し、このように語った。',
      'セジュルネ仏外相は、欧州議会で「ＮＡＴＯの役割は北大西洋に限られる」と発言した。',
      '米国務省のミラー報道官は「日本の役割拡大を支持する」と述べたうえで、中国に対して「建設的な行動」を求めた。',
      '浜田防衛相は「我が国を取り巻く安全保障環境は戦後最も厳しい」と訴えた。',
      '「日本は重要なパートナーだ」とバイデン大統領が述べたと、ホワイトハウスが発表した。',
      'ルンゲスク報道官によると、ストルテンベルグ氏は「アジアとの対話を重視する」と語ったという。',
      '外交筋は「中国の反発は織り込み済みだ」と話している。',
    ].join('\n\n'),
    quotes: [
      '東京事務所に関する議論は加盟国の間で続いている → ＮＡＴＯのダクララ報道官 (nato)',
      'ＮＡＴＯとの防衛協力は着実に進展している → 木原防衛相 (japan)',
      '日本は歴史を反省すべきだ → 中国外務省の報道官 (china)',
      '地域の緊張を高める行為に断固反対する → 中国外務省の報道官 (china)',
      '事務所の開設は時期尚早だ → フランス政府関係者 (france)',
      'ＮＡＴＯの役割は北大西洋に限られる → セジュルネ仏外相 (france)',
      '日本の役割拡大を支持する → 米国務省のミラー報道官 (us)',
      '我が国を取り巻く安全保障環境は戦後最も厳しい → 浜田防衛相 (japan)',
      '日本は重要なパートナーだ → バイデン大統領 (us)',
      'アジアとの対話を重視する → ストルテンベルグ (nato)',
      '中国の反発は織り込み済みだ → 外交筋 (-)',
    ],
  },
];
