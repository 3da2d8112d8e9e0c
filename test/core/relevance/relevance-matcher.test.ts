import { describe, expect, it } from 'vitest';
import { createRelevanceMatcher } from '../../../src/core/relevance/create-relevance-matcher.js';
import { defaultWatchedKeywords } from '../../../src/core/relevance/default-watched-keywords.js';

const en = (title: string, text = '') => ({ title, text, language: 'en' as const });
const ja = (title: string, text = '') => ({ title, text, language: 'ja' as const });

describe('a matcher built from custom keywords', () => {
  const match = createRelevanceMatcher({
    keywords: [
      { term: 'NATO' },
      { term: 'liaison office' },
      { term: 'Japan', requiresAny: ['defence', 'security'] },
    ],
    exclude: ['video game'],
  });

  it('matches phrases case-insensitively', () => {
    expect(match(en('Talks on a LIAISON   Office'))).toEqual({
      relevant: true,
      matched: ['liaison office'],
      reason: null,
    });
  });

  it('does not find NATO inside another word', () => {
    expect(match(en('Record donations for the senator')).relevant).toBe(false);
  });

  it('finds a keyword in its possessive form', () => {
    expect(match(en("Japan's defence budget grows")).matched).toEqual(['Japan']);
  });

  it('counts a keyword with companions only when one occurs', () => {
    expect(match(en('Japan wins the football final'))).toEqual({
      relevant: false,
      matched: [],
      reason: "'Japan' matched but none of its companion terms (defence, security)",
    });
    expect(match(en('Japan and partners talk security')).relevant).toBe(true);
  });

  it('lets an exclusion veto a match', () => {
    expect(match(en('NATO-themed video game tops charts'))).toEqual({
      relevant: false,
      matched: [],
      reason: "excluded by 'video game'",
    });
  });

  it('says so when nothing matched', () => {
    expect(match(en('Local bakery wins award')).reason).toBe('no watched keyword matched');
  });

  it('matches a Japanese phrase whether or not the text keeps its space', () => {
    const office = createRelevanceMatcher({ keywords: [{ term: 'NATO 連絡事務所' }] });
    expect(office(ja('NATO連絡事務所を東京に')).matched).toEqual(['NATO 連絡事務所']);
    expect(office(ja('ＮＡＴＯ　連絡事務所の開設')).matched).toEqual(['NATO 連絡事務所']);
    expect(office(ja('NATOの東京事務所')).relevant).toBe(false);
  });

  it('finds a keyword before a typographic apostrophe', () => {
    expect(match(en('Japan’s security strategy')).matched).toEqual(['Japan']);
  });

  it('lists a term once when the watch list spells it in both widths', () => {
    const both = createRelevanceMatcher({ keywords: [{ term: 'NATO' }, { term: 'ＮＡＴＯ' }] });
    expect(both(ja('ＮＡＴＯ首脳会議')).matched).toEqual(['NATO']);
  });

  it('finds a Latin keyword inside Japanese text, and full-width letters too', () => {
    expect(match(ja('日本とNATOが協議')).matched).toEqual(['NATO']);
    expect(match(ja('ＮＡＴＯ首脳会議')).matched).toEqual(['NATO']);
  });
});

describe('the default watched keywords', () => {
  const match = createRelevanceMatcher(defaultWatchedKeywords);

  it('leave out a games-console launch in Tokyo', () => {
    const verdict = match(
      en('New games console goes on sale in Tokyo', 'Crowds queued in Tokyo as Japan got the console first.'),
    );
    expect(verdict.relevant).toBe(false);
  });

  it('leave out a Tokyo launch even without the excluded phrase, and say why', () => {
    const verdict = match(en('Tokyo store opens', 'Shoppers in Tokyo lined up on Saturday.'));
    expect(verdict.relevant).toBe(false);
    expect(verdict.reason).toMatch(
      /^'Tokyo' matched but none of its companion terms \(NATO, alliance, defence, …\)$/,
    );
  });

  it('let through coverage of the NATO liaison office in Tokyo', () => {
    const verdict = match(
      en(
        'France questions NATO liaison office in Tokyo',
        'Paris said the alliance should stay focused on the North Atlantic.',
      ),
    );
    expect(verdict.relevant).toBe(true);
    expect(verdict.matched).toEqual(expect.arrayContaining(['NATO', 'liaison office', 'Tokyo']));
  });

  it('let through Japanese coverage of the liaison office', () => {
    const verdict = match(
      ja('NATO東京連絡事務所の開設 フランスが慎重姿勢', '北大西洋条約機構は日本との連携を強める。'),
    );
    expect(verdict.relevant).toBe(true);
    expect(verdict.matched).toEqual(expect.arrayContaining(['NATO', '北大西洋条約機構', '日本']));
  });

  it('let through Japan with a Japanese security term', () => {
    expect(match(ja('日本の防衛費、過去最大に')).matched).toEqual(['日本']);
  });

  it('leave out a Japanese games-console launch', () => {
    expect(match(ja('新型ゲーム機、東京で発売', '日本で初めて発売された。')).reason).toBe(
      "excluded by 'ゲーム機'",
    );
  });

  it('leave out Japan without a security or diplomacy term, in Japanese', () => {
    const verdict = match(ja('日本の桜、今年は早咲き'));
    expect(verdict.relevant).toBe(false);
    expect(verdict.reason).toContain("'日本' matched but none of its companion terms");
  });

  it('let through AP4 partners named with a security term', () => {
    expect(match(en('South Korea and Australia sign a defence pact')).matched).toEqual([
      'Australia',
      'South Korea',
    ]);
  });
});
