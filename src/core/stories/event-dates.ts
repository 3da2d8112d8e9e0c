import type { Language } from '../articles/article.js';
import { allMatches } from '../text/all-matches.js';

/**
 * The days a report's opening says things happened, as UTC calendar dates ('2023-05-09'), resolved
 * against its publication time: weekday names ("on Tuesday", the latest such day on or before
 * publication), month-day dates ("July 12", "12 July", "5月11日") and, in Japanese, day-of-month
 * dates ("11日", in the publication's month or the one before). Two reports of one event point to the
 * same day whatever their wording and language; two events of one kind in one city a week apart do
 * not. Relative words ("yesterday", "tonight") are left out: which day they mean depends on the
 * newsroom's time zone, which the feed seldom gives.
 */
export function eventDatesOf(text: string, language: Language, publishedAt: string): string[] {
  const published = Date.parse(publishedAt);
  if (Number.isNaN(published)) return [];
  const normalized = text.normalize('NFKC');
  const days = [
    ...weekdayDates(normalized, published),
    ...monthDayDates(normalized, published),
    ...(language === 'ja' ? japaneseDates(normalized, published) : []),
  ];
  return [...new Set(days.map(isoDay))];
}

const DAY_MS = 86_400_000;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/**
 * A month's name in full or cut to three letters (with "Sept."), capitalised: "may" and "march" are
 * also a verb, and "March 2" is a date only with its capital.
 */
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;

/** Weekday names, each the latest such day on or before the publication day (news reports the past). */
function weekdayDates(text: string, published: number): number[] {
  const today = startOfDay(published);
  const weekday = new Date(today).getUTCDay();
  return [...text.matchAll(/\b(sun|mon|tues|wednes|thurs|fri|satur)day\b/gi)].map((match) => {
    const named = WEEKDAYS.findIndex((day) => day.startsWith((match[1] ?? '').toLowerCase()));
    return today - ((weekday - named + 7) % 7) * DAY_MS;
  });
}

/** "July 12" and "12 July", each with an optional year. */
const MONTH_DAY_FORMS = [
  new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+((?:19|20)\d\d))?`, 'g'),
  new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH}\b(?:,?\s+((?:19|20)\d\d))?`, 'g'),
];

/** "July 12", "Jul. 12, 2023", "12 July": with no year, the year that puts it nearest publication. */
function monthDayDates(text: string, published: number): number[] {
  const dates: number[] = [];
  for (const [i, form] of MONTH_DAY_FORMS.entries()) {
    for (const match of allMatches(form, text)) {
      const [monthName, day] = i === 0 ? [match[1], match[2]] : [match[2], match[1]];
      const month = MONTHS.indexOf((monthName ?? '').slice(0, 3).toLowerCase());
      const date = nearestDate(month, Number(day), match[3] ? Number(match[3]) : null, published);
      if (date !== null) dates.push(date);
    }
  }
  return dates;
}

/** "5月11日" (month and day) and "11日" (day of the publication's month, or of the month before). */
function japaneseDates(text: string, published: number): number[] {
  const dates: number[] = [];
  const month = new Date(published).getUTCMonth();
  for (const match of text.matchAll(/(?:(\d{1,2})月)?(\d{1,2})日/g)) {
    const day = Number(match[2]);
    if (match[1]) {
      const date = nearestDate(Number(match[1]) - 1, day, null, published);
      if (date !== null) dates.push(date);
      continue;
    }
    // A bare day after the publication's day is last month's ("30日" in a report of the 2nd).
    const thisMonth = nearestDate(month, day, new Date(published).getUTCFullYear(), published);
    const date =
      thisMonth !== null && thisMonth <= startOfDay(published) + DAY_MS
        ? thisMonth
        : nearestDate((month + 11) % 12, day, null, published);
    if (date !== null) dates.push(date);
  }
  return dates;
}

/** The date of `month`/`day` in `year`, or in the year that puts it nearest to `published`; null if no such day. */
function nearestDate(month: number, day: number, year: number | null, published: number): number | null {
  if (month < 0 || month > 11 || day < 1 || day > 31) return null;
  const publishedYear = new Date(published).getUTCFullYear();
  const years = year === null ? [publishedYear - 1, publishedYear, publishedYear + 1] : [year];
  const valid = years
    .map((candidate) => Date.UTC(candidate, month, day))
    .filter((time) => new Date(time).getUTCDate() === day);
  if (valid.length === 0) return null;
  return valid.reduce((best, time) =>
    Math.abs(time - published) < Math.abs(best - published) ? time : best,
  );
}

const startOfDay = (time: number) => Math.floor(time / DAY_MS) * DAY_MS;
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);
