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

describe('scoreStory: the keys a title names', () => {
  // Two stories of one week and one coast, each sharing one rare name with the report: the place
  // its headline names, or a place its lead mentions in passing.
  const report = featuresOf(
    'Ferry runs aground off Varnholm',
    'The ferry ran aground off Varnholm on its way from Ostrava, the coastguard said.',
  );
  const storyOf = (title: string, text: string) =>
    addToProfile({ terms: {}, keys: {}, articles: 0 }, featuresOf(title, text), 150);
  const aground = storyOf(
    'Vessel stuck near Varnholm',
    'A vessel was stuck on rocks near Varnholm, the coastguard said.',
  );
  const passing = storyOf(
    'Vessel stuck near Ostrava',
    'A vessel was stuck on rocks near Ostrava, the coastguard said.',
  );
  const week = { firstSeen: '2024-01-01T00:00:00Z', lastSeen: '2024-01-01T00:00:00Z' };
  const scoreOf = (story: typeof aground, titleKeyWeight: number) =>
    scoreStory(report, week, story, at(1), rarity, { ...settings, titleKeyWeight }) ?? 0;

  it('a story carrying the name the title gives scores higher with the weight, one carrying only a lead name lower', () => {
    expect(scoreOf(aground, 1.5)).toBeGreaterThan(scoreOf(aground, 1));
    expect(scoreOf(passing, 1.5)).toBeLessThan(scoreOf(passing, 1));
  });
});
