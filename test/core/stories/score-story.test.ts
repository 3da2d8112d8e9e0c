import { describe, expect, it } from 'vitest';
import { scoreStory } from '../../../src/core/stories/score-story.js';
import { DEFAULT_STORY_OPTIONS } from '../../../src/core/stories/story-options.js';
import { addToProfile, rarityFrom } from '../../../src/core/stories/story-profile.js';
import { storyFeatures } from '../../../src/core/stories/story-terms.js';

const DAY_MS = 86_400_000;
const settings = { ...DEFAULT_STORY_OPTIONS, openDays: 20, openSpanDays: 40, reviveThreshold: 0.99 };
const featuresOf = (title: string, text: string) => storyFeatures({ title, text, language: 'en' }, settings);

// A district's story kept open by a stream of reports, each within `openDays` of the last.
const earlier = featuresOf(
  'Two wounded in Riverside drive-by',
  'Two men were wounded in a drive-by shooting in Riverside on Maple Street, police said.',
);
const profile = addToProfile({ terms: {}, keys: {}, articles: 0 }, earlier, 150);
const span = { firstSeen: '2024-01-01T00:00:00Z', lastSeen: '2024-02-10T00:00:00Z' };
const later = featuresOf(
  'Teen wounded in Riverside shooting',
  'A teenager was wounded in a shooting in Riverside near Maple Street on Sunday, police said.',
);
const rarity = rarityFrom(100, new Map(), 0.2);
const at = (day: number) => Date.parse('2024-01-01T00:00:00Z') + day * DAY_MS;

describe('scoreStory: the open window', () => {
  it('takes a report near its latest article while its first is within openSpanDays', () => {
    expect(scoreStory(later, span, profile, at(35), rarity, settings)).toBeGreaterThan(0);
  });

  it('a story whose first article is more than openSpanDays away is dormant: a match short of reviveThreshold cannot join', () => {
    expect(scoreStory(later, span, profile, at(45), rarity, settings)).toBeNull();
    expect(
      scoreStory(later, span, profile, at(45), rarity, { ...settings, openSpanDays: 1000 }),
    ).toBeGreaterThan(0);
  });
});

describe('scoreStory: the same-day bonus', () => {
  const report = (text: string, publishedAt: string) =>
    storyFeatures({ title: 'Council votes on budget', text, language: 'en', publishedAt }, settings);
  // 2024-03-05 was a Tuesday.
  const story = addToProfile(
    { terms: {}, keys: {}, articles: 0 },
    report('The city council approved the budget on Tuesday.', '2024-03-05T20:00:00Z'),
    150,
  );
  const storySpan = { firstSeen: '2024-03-05T20:00:00Z', lastSeen: '2024-03-05T20:00:00Z' };
  const time = Date.parse('2024-03-06T09:00:00Z');
  const scoreOf = (text: string, sameDayBonus: number) =>
    scoreStory(report(text, '2024-03-06T09:00:00Z'), storySpan, story, time, rarity, {
      ...settings,
      sameDayBonus,
    }) ?? 0;

  it('a report telling of the story day scores higher by the bonus; one of another day loses nothing', () => {
    const sameDay = 'The city council approved the budget on Tuesday.';
    const otherDay = 'The city council approved the budget on Monday.';
    expect(scoreOf(sameDay, 0.5)).toBeCloseTo(scoreOf(sameDay, 0) * 1.5, 6);
    expect(scoreOf(otherDay, 0.5)).toBeCloseTo(scoreOf(otherDay, 0), 6);
    expect(scoreOf(otherDay, 0)).toBeCloseTo(scoreOf(sameDay, 0), 6);
  });
});
