import { describe, expect, it } from 'vitest';
import { nameSkeleton } from '../../../src/core/stories/name-keys.js';
import { storyFeatures } from '../../../src/core/stories/story-terms.js';

const shape = { leadWords: 200, countedShare: 0.3 };
/** The key of a whole name; every word of the names used here has a skeleton of three consonants or more. */
const fullKey = (...words: string[]) => `n:${words.map((word) => nameSkeleton(word) ?? '?').join(' ')}`;

describe('storyFeatures: whole names', () => {
  it('keys a full name and a street of the lead as one name each, split at office titles', () => {
    const { keys } = storyFeatures(
      {
        title: 'Man Shot Outside Corner Store',
        text: 'Police Chief Gertrude Whitcombe said Marcus Delaney, 31, was found on Kensington Boulevard late on Friday.',
        language: 'en',
      },
      shape,
    );
    expect(keys).toContain(fullKey('Gertrude', 'Whitcombe'));
    expect(keys).toContain(fullKey('Marcus', 'Delaney'));
    expect(keys).toContain(fullKey('Kensington', 'Boulevard'));
    // An office title is not part of the name, and a title-case headline gives no whole names.
    expect(keys.filter((key) => key.includes(' '))).toHaveLength(3);
    expect(keys).not.toContain(fullKey('Corner', 'Store'));
  });

  it('two reports naming the same person share the whole-name key; a namesake by surname alone does not', () => {
    const keysOf = (text: string) => storyFeatures({ title: 'Shooting', text, language: 'en' }, shape).keys;
    const whole = (keys: string[]) => keys.filter((key) => key.includes(' '));
    const a = whole(keysOf('Witnesses said Marcus Delaney ran toward the car.'));
    const b = whole(keysOf('Family members described Marcus Delaney as a devoted father.'));
    const c = whole(keysOf('Neighbours said Irene Delaney heard two shots.'));
    expect(a).toEqual(b);
    expect(a.some((key) => c.includes(key))).toBe(false);
  });
});

describe('storyFeatures: text in capitals', () => {
  const nameKeysOf = (text: string) =>
    storyFeatures({ title: 'Arrests made', text, language: 'en' }, shape).keys.filter((key) =>
      key.startsWith('n:'),
    );

  it('a lead written in capitals gives no name keys; the same lead in sentence case gives its names', () => {
    const shouted = 'DEPUTIES ARRESTED TWO MEN NEAR THE HARBOUR ON FRIDAY, SHERIFF ODALYS PRENTICE SAID.';
    expect(nameKeysOf(shouted)).toEqual([]);
    expect(
      nameKeysOf('Deputies arrested two men near the harbour on Friday, Sheriff Odalys Prentice said.'),
    ).toContain(fullKey('Odalys', 'Prentice'));
  });

  it('acronyms standing alone in sentence-case text stay names', () => {
    expect(nameKeysOf('Officials of the WHO and UNICEF met in Geneva.')).toEqual(
      expect.arrayContaining([`n:${nameSkeleton('UNICEF')}`, `n:${nameSkeleton('Geneva')}`]),
    );
  });
});

describe('storyFeatures: headlines', () => {
  const keysOf = (title: string) =>
    storyFeatures({ title, text: 'Two people were hurt.', language: 'en' }, shape).keys;

  it('a title-case headline gives no name keys (every word is capitalised); a sentence-case one does', () => {
    expect(keysOf('Gunman Wounds Two Outside Riverside Grocery')).toEqual([]);
    expect(keysOf('Gunman wounds two outside Riverside grocery')).toEqual([`n:${nameSkeleton('Riverside')}`]);
  });
});

describe('storyFeatures: the keys a title names', () => {
  it('lists the names and numbers of a sentence-case title that are keys, not those of the lead alone', () => {
    const { titleKeys, keys } = storyFeatures(
      {
        title: 'Ferry with 212 passengers runs aground off Varnholm',
        text: 'The ferry left Ostrava Harbour at dawn, the coastguard in Lindqvist said.',
        language: 'en',
      },
      shape,
    );
    expect(titleKeys).toEqual([`n:${nameSkeleton('Varnholm')}`, '#:212']);
    expect(keys).toContain(`n:${nameSkeleton('Lindqvist')}`);
  });

  it('a title-case headline names no keys, as it gives no name keys', () => {
    const { titleKeys } = storyFeatures(
      { title: 'Ferry Runs Aground Off Varnholm', text: 'Nobody was hurt.', language: 'en' },
      shape,
    );
    expect(titleKeys).toEqual([]);
  });
});
