import { describe, expect, it } from 'vitest';
import { analyseText, quotesOf } from './analyse-text.js';
import { JAPANESE_CASES } from './japanese-articles.js';

describe('Japanese quotes and their speakers, read from morphemes', () => {
  for (const { name, text, quotes } of JAPANESE_CASES) {
    it(name, () => {
      expect(quotesOf(text, 'ja')).toEqual(quotes);
    });
  }

  it('X は「…」と述べた gives the topic as written, its title and its actor', () => {
    const [statement] = analyseText('林芳正外相は記者会見で「調整を進めている」と述べた。', 'ja');
    expect(statement).toMatchObject({
      text: '調整を進めている',
      speaker: '林芳正外相',
      speakerTitle: '外相',
      actor: 'japan',
    });
  });

  it('an unlisted spokesperson is placed by the ministry in the phrase', () => {
    expect(quotesOf('中国国防省の張暁剛報道官は「断固反対する」と語った。', 'ja')).toEqual([
      '断固反対する → 中国国防省の張暁剛報道官 (china)',
    ]);
  });

  it('a quote with no subject follows the speaker of the sentence before', () => {
    expect(
      quotesOf('上川陽子外相は「協力は進んでいる」と述べた。さらに「連携を深める」と語った。', 'ja'),
    ).toEqual(['協力は進んでいる → 上川陽子外相 (japan)', '連携を深める → 上川陽子外相 (japan)']);
  });

  it('『』 quotes, nested quotes and a missing closing mark', () => {
    const text =
      '『対話の扉は開いている』と中国側は付け加えた。\n\n毛寧報道官は「NATOは『防御的』だと言うが信じない」と述べた。\n\n汪文斌報道官は「受け入れられない';
    expect(quotesOf(text, 'ja')).toEqual([
      '対話の扉は開いている → 中国側 (china)',
      'NATOは『防御的』だと言うが信じない → 毛寧報道官 (china)',
      '受け入れられない → 汪文斌報道官 (china)',
    ]);
  });

  it('駐米大使 is Japan’s ambassador, not an American speaker', () => {
    const [statement] = analyseText('日本の駐米大使は「前向きに検討している」と語った。', 'ja');
    expect(statement?.actor).toBe('japan');
  });

  it('a surname shared by two listed people, with no title to tell them apart, stays unresolved', () => {
    const [statement] = analyseText('林氏は「対話が必要だ」と語った。', 'ja');
    expect(statement).toMatchObject({ speaker: '林', actor: null });
  });

  it('a quote that no reporting verb governs has no speaker, even after a named one', () => {
    const text = '林外相は「連携を深める」と述べた。\n\n「抑止力の強化」をうたう文書が公表された。';
    expect(quotesOf(text, 'ja')).toEqual(['連携を深める → 林外相 (japan)']);
  });

  it('a verb stem that modifies the reporting verb does not hide it (と繰り返し主張した)', () => {
    const text = 'トランプ米大統領は「同盟は公平でなければならない」と繰り返し主張した。';
    expect(quotesOf(text, 'ja')).toEqual(['同盟は公平でなければならない → トランプ米大統領 (us)']);
  });

  it('a position stated without quotation marks is kept as reported speech', () => {
    const statements = analyseText('フランス政府はこの構想に反対している。', 'ja');
    expect(statements.map((s) => [s.quote, s.speaker, s.actor, s.polarity])).toEqual([
      [false, 'フランス政府', 'france', 'oppose'],
    ]);
  });
});
