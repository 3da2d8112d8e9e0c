import { describe, expect, it } from 'vitest';
import { cosineTo, keyWeights, overlapTo, termWeights } from '../../../src/core/stories/article-weights.js';
import { keyKind, kindWeights } from '../../../src/core/stories/key-kinds.js';
import {
  namedValue,
  namedValuesFrom,
  type ProfileView,
  viewOf,
} from '../../../src/core/stories/profile-view.js';
import { DEFAULT_STORY_OPTIONS } from '../../../src/core/stories/story-options.js';
import { addToProfile, rarityFrom, type StoryProfile } from '../../../src/core/stories/story-profile.js';
import { isJapaneseTerm, type StoryFeatures, storyFeatures } from '../../../src/core/stories/story-terms.js';

const settings = DEFAULT_STORY_OPTIONS;
const report = (title: string, text: string, publishedAt = '2024-03-06T09:00:00Z') =>
  storyFeatures({ title, text, language: 'en', publishedAt, entities: ['nato', 'japan', 'Tokyo'] }, settings);

// A story of three reports with every kind of key: actors, a place, names, a whole name, numbers, a day.
const story: ProfileView = viewOf(
  [
    report(
      'NATO weighs Tokyo liaison office',
      'Secretary General Jens Stoltenberg said on Tuesday that 31 allies would discuss the office in Vilnius.',
    ),
    report(
      'Allies split over Tokyo office',
      'Emmanuel Macron opposed the plan, French officials said, as 31 members met in Brussels on Tuesday.',
    ),
    report(
      'Office plan shelved until autumn',
      'The 31 allies agreed to revisit the Tokyo office after the summit.',
    ),
  ].reduce<StoryProfile>((profile, features) => addToProfile(profile, features, settings.profileTerms), {
    terms: {},
    keys: {},
    articles: 0,
  }),
);
const article = report(
  'Macron blocks NATO office in Tokyo',
  'French President Emmanuel Macron blocked the liaison office on Tuesday, diplomats in Vilnius said.',
);
// The stored counts of the article's own terms and keys, as the assigner reads them.
const counts = new Map([...article.terms.keys(), ...article.keys].map((term, i) => [term, i % 7] as const));
const rarity = rarityFrom(500, counts, settings.commonShare);

/** The cosine as defined: the story's side weighed term by term with the article's IDF. */
function cosineByDefinition(features: StoryFeatures, profile: ProfileView): number {
  let dot = 0;
  let left = 0;
  for (const [term, count] of features.terms) {
    const weight = count * rarity.idf(term);
    left += weight * weight;
    const value = namedValue(profile.terms, term);
    if (value !== undefined) dot += weight * value * rarity.idf(term);
  }
  let right = 0;
  profile.terms.names.forEach((term, i) => {
    right += ((profile.terms.values[i] as number) * rarity.idf(term)) ** 2;
  });
  return dot === 0 ? 0 : dot / Math.sqrt(left * right);
}

/** The key overlap as defined, leaving out the story's names the article lacks when `foreign` is set. */
function overlapByDefinition(features: StoryFeatures, profile: ProfileView, foreign: boolean): number {
  const byKind = kindWeights(settings);
  const weigh = (key: string) => byKind[keyKind(key)];
  const titled = new Set(features.titleKeys);
  let dot = 0;
  let left = 0;
  for (const key of features.keys) {
    const weight = rarity.idf(key) * weigh(key) * (titled.has(key) ? settings.titleKeyWeight : 1);
    left += weight * weight;
    const value = namedValue(profile.keys, key);
    if (value !== undefined) dot += weight * weight * (value / profile.articles);
  }
  let right = 0;
  profile.keys.names.forEach((key, i) => {
    if (foreign && key.startsWith('n:') && !features.keys.includes(key)) return;
    right += (((profile.keys.values[i] as number) / profile.articles) * rarity.idf(key) * weigh(key)) ** 2;
  });
  return dot === 0 ? 0 : dot / Math.sqrt(left * right);
}

describe("a story's norms from sums kept per profile", () => {
  it('give the cosine and the key overlap their definitions, across languages too', () => {
    const keys = keyWeights(article, rarity, kindWeights(settings), settings.titleKeyWeight);
    const cosine = cosineTo(termWeights(article, rarity), story);
    const overlap = overlapTo(keys, story);
    const acrossLanguages = overlapTo(keys, story, true);
    expect(cosine).toBeGreaterThan(0);
    expect(overlap).toBeGreaterThan(0);
    expect(acrossLanguages).toBeGreaterThan(overlap);
    expect(cosine).toBeCloseTo(cosineByDefinition(article, story), 12);
    expect(overlap).toBeCloseTo(overlapByDefinition(article, story, false), 12);
    expect(acrossLanguages).toBeCloseTo(overlapByDefinition(article, story, true), 12);
  });

  it('are 0 without a shared specific key, whatever the sums', () => {
    const unrelated = storyFeatures(
      {
        title: 'Budget vote delayed',
        text: 'The city council will vote on the budget next month.',
        language: 'en',
      },
      settings,
    );
    const keys = keyWeights(
      unrelated,
      rarityFrom(500, new Map(), settings.commonShare),
      kindWeights(settings),
    );
    expect(overlapTo(keys, story)).toBe(0);
  });
});

describe('the cosine against a story told in both languages', () => {
  const japanese = storyFeatures(
    {
      title: 'NATO東京事務所、仏大統領が反対',
      text: 'フランスのマクロン大統領は、NATOの東京連絡事務所の開設に反対する考えを示した。',
      language: 'ja',
      publishedAt: '2024-03-06T09:00:00Z',
    },
    settings,
  );
  const bilingual = viewOf(addToProfile(story, japanese, settings.profileTerms));
  /** The story's terms kept by `keep`, the rest left out of its vector. */
  const only = (keep: (term: string) => boolean): ProfileView => {
    const names = bilingual.terms.names.filter(keep);
    const values = Float64Array.from(names, (name) => namedValue(bilingual.terms, name) as number);
    return { ...bilingual, terms: namedValuesFrom(names, values) };
  };

  it("weighs only the story's terms in the article's script, and every term it shares", () => {
    const english = cosineTo(termWeights(article, rarity), bilingual, true);
    expect(english).toBeCloseTo(
      cosineByDefinition(
        article,
        only((term) => !isJapaneseTerm(term)),
      ),
      12,
    );
    // The Japanese report's character pairs lowered the English article's cosine before.
    expect(english).toBeGreaterThan(cosineTo(termWeights(article, rarity), bilingual));

    const report = storyFeatures(
      { ...japanese, title: 'NATO事務所構想', text: 'NATOの連絡事務所は東京に置かれる。' },
      settings,
    );
    const shared = (term: string) => report.terms.has(term);
    const inJapanese = cosineTo(termWeights(report, rarity), bilingual, true);
    expect(report.terms.has('nato')).toBe(true);
    expect(inJapanese).toBeCloseTo(
      cosineByDefinition(
        report,
        only((term) => isJapaneseTerm(term) || shared(term)),
      ),
      12,
    );
  });
});
