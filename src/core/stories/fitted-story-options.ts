// Written by `npm run fit:stories -- --write` (scripts/fit-stories.ts); see docs/decisions/0002-stories.md.
import type { StoryOptions } from './story-options.js';

export const FITTED_STORY_OPTIONS: StoryOptions = {
  openDays: 30,
  openSpanDays: 60,
  reviveDays: 365,
  reviveThreshold: 0.3,
  threshold: 0.26,
  mergeThreshold: 0.4,
  fragmentMergeThreshold: 0.34,
  cosineWeight: 0.5,
  fadeAtClose: 1,
  commonShare: 0.2,
  indexTerms: 6,
  maxCandidates: 20,
  profileTerms: 150,
  leadWords: 200,
  countedShare: 0.3,
  placeKeyWeight: 1,
  nameKeyWeight: 0.25,
  fullNameKeyWeight: 1,
  numberKeyWeight: 1,
  titleKeyWeight: 1.5,
  sameDayBonus: 0.75,
  marginThreshold: 0.24,
  marginRatio: 4,
};
