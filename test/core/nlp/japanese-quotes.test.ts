import { describe, expect, it } from 'vitest';
import { analyseText, quotesOf } from './analyse-text.js';

describe('Japanese quotes and their speakers', () => {
  it('X は「…」と述べた gives the topic as the speaker', () => {
    expect(quotesOf('林芳正外相は記者会見で「調整を進めている」と述べた。', 'ja')).toEqual([
      '調整を進めている → 林芳正外相 (japan)',
    ]);
  });

  it('a subject marked by が in a clause about something else is not the speaker; the は topic is', () => {
    expect(
      quotesOf(
        '北大西洋条約機構（ＮＡＴＯ）が東京に連絡事務所を開設する構想について、林外相は１０日、「既に協議しているが、詳細は決まっていない」と述べた。',
        'ja',
      ),
    ).toEqual(['既に協議しているが、詳細は決まっていない → 林外相 (japan)']);
  });

  it('「…」と X は強調した names the speaker after the quote', () => {
    expect(quotesOf('「欧州とアジアの安全保障は切り離せない」と岸田首相は強調した。', 'ja')).toEqual([
      '欧州とアジアの安全保障は切り離せない → 岸田首相 (japan)',
    ]);
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

  it('the subject right before a quote is its speaker, and a former diplomat speaks for no one', () => {
    const text =
      '上川外相は、中国が「平和を乱す」と主張していることについて「根拠がない」と反論した。\n\n元外交官の田中氏は「象徴的だ」と述べた。';
    expect(quotesOf(text, 'ja')).toEqual([
      '平和を乱す → 中国 (china)',
      '根拠がない → 上川外相 (japan)',
      '象徴的だ → 元外交官の田中 (-)',
    ]);
  });

  it('a position stated without quotation marks is kept as reported speech', () => {
    const statements = analyseText('フランス政府はこの構想に反対している。', 'ja');
    expect(statements.map((s) => [s.quote, s.speaker, s.actor, s.polarity])).toEqual([
      [false, 'フランス政府', 'france', 'oppose'],
    ]);
  });
});
