import { describe, expect, it } from 'vitest';
import { eventDatesOf } from '../../../src/core/stories/event-dates.js';

// 2023-05-10 was a Wednesday.
const WEDNESDAY_EVENING_UTC = '2023-05-10T21:00:00Z';

describe('eventDatesOf: English', () => {
  it('resolves a weekday to the latest such day on or before publication', () => {
    expect(eventDatesOf('Two men were shot on Tuesday night.', 'en', WEDNESDAY_EVENING_UTC)).toEqual([
      '2023-05-09',
    ]);
    expect(eventDatesOf('The council voted Wednesday.', 'en', WEDNESDAY_EVENING_UTC)).toEqual(['2023-05-10']);
    expect(eventDatesOf('Police said Thursday', 'en', WEDNESDAY_EVENING_UTC)).toEqual(['2023-05-04']);
  });

  it('reads month-day dates in either order, with or without a year, and keeps each day once', () => {
    expect(
      eventDatesOf('The pact signed on May 9 and the talks of 9 May', 'en', WEDNESDAY_EVENING_UTC),
    ).toEqual(['2023-05-09']);
    expect(eventDatesOf('Sentencing is set for Jan. 4, 2024.', 'en', WEDNESDAY_EVENING_UTC)).toEqual([
      '2024-01-04',
    ]);
  });

  it('puts a date with no year in the year nearest publication (a January report of December 30)', () => {
    expect(eventDatesOf('The fire of December 30 killed two.', 'en', '2024-01-03T08:00:00Z')).toEqual([
      '2023-12-30',
    ]);
  });

  it('ignores what is not a date: "may" as a verb, impossible days, relative words', () => {
    expect(eventDatesOf('Officials may 2 weeks later decide', 'en', WEDNESDAY_EVENING_UTC)).toEqual([]);
    expect(eventDatesOf('on February 30', 'en', WEDNESDAY_EVENING_UTC)).toEqual([]);
    expect(eventDatesOf('It happened yesterday and again tonight.', 'en', WEDNESDAY_EVENING_UTC)).toEqual([]);
    expect(eventDatesOf('on Tuesday', 'en', 'not a date')).toEqual([]);
  });
});

describe('eventDatesOf: Japanese', () => {
  it('reads a bare day as this month or, after the publication day, the month before', () => {
    // Published 2023-08-19 in Japan: 18日 is the day before; 30日 is July's.
    expect(eventDatesOf('首脳は18日に会談した。', 'ja', '2023-08-19T01:00:00Z')).toEqual(['2023-08-18']);
    expect(eventDatesOf('先月30日の発表', 'ja', '2023-08-02T01:00:00Z')).toEqual(['2023-07-30']);
  });

  it('reads month and day, and meets the English report of the same day', () => {
    const japanese = eventDatesOf('5月11日の記者会見で', 'ja', '2023-05-12T03:00:00Z');
    const english = eventDatesOf('the minister said on Thursday', 'en', '2023-05-11T10:00:00Z');
    expect(japanese).toEqual(['2023-05-11']);
    expect(english).toEqual(japanese);
  });
});
