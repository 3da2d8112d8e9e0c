import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/core/feeds/detect-language.js';

describe('detectLanguage', () => {
  it('recognises Japanese by its kana, even with Latin acronyms', () => {
    expect(detectLanguage('NATOの東京事務所、フランスが反対')).toBe('ja');
  });

  it('takes a kanji-only headline as Japanese unless the feed says Chinese', () => {
    expect(detectLanguage('日米首脳会談')).toBe('ja');
    expect(detectLanguage('北约东京办事处', 'zh-CN')).toBe('other');
  });

  it('takes Latin text as English, unless the feed names another language', () => {
    expect(detectLanguage('Allies meet in Brussels')).toBe('en');
    expect(detectLanguage('Allies meet in Brussels', 'ja')).toBe('en');
    expect(detectLanguage('Les alliés se réunissent à Bruxelles', 'fr-FR')).toBe('other');
  });

  it('without a hint, tells English prose from French and German by its function words', () => {
    expect(
      detectLanguage(
        'The alliance said on Tuesday that it would open an office in Tokyo, and partners welcomed the plan.',
      ),
    ).toBe('en');
    expect(
      detectLanguage(
        "L'Alliance a annoncé mardi l'ouverture d'un bureau de liaison à Tokyo, une idée que Paris juge prématurée.",
      ),
    ).toBe('other');
    expect(
      detectLanguage(
        'Die Allianz will ein Verbindungsbüro in Tokio eröffnen, doch Paris hält den Schritt für verfrüht und falsch.',
      ),
    ).toBe('other');
  });

  it('falls back to the hint when there is no text', () => {
    expect(detectLanguage('', 'ja-JP')).toBe('ja');
    expect(detectLanguage('  ')).toBe('other');
  });

  it('judges plain English text and punctuation alike whether or not it holds other characters', () => {
    // A copyright sign is neither a letter nor punctuation of the plain path: with it, the text is
    // counted by the Unicode patterns, and the verdict must be the same.
    const texts = [
      '',
      '  “—” ',
      'Allies meet in Brussels',
      'The alliance said on Tuesday — “we would” open an office in Tokyo, and partners welcomed it.',
      'Die Allianz will ein Verbindungsburo in Tokio eroffnen, doch Paris halt den Schritt fur verfruht und falsch.',
      'Le conseil a vote la loi mardi soir apres un long debat sur le budget de la defense et la police.',
    ];
    for (const text of texts) {
      for (const hint of [undefined, 'en', 'ja', 'fr', 'zh']) {
        expect(detectLanguage(text, hint), `${text} (${hint})`).toBe(detectLanguage(`${text}©`, hint));
      }
    }
  });

  it('does not call Korean English or Japanese', () => {
    expect(detectLanguage('나토 도쿄 연락사무소')).toBe('other');
  });
});
