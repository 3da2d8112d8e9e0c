/**
 * Gold stories of the demo's relevant reports (demo/feeds, by guid): the seed reports of the NATO
 * Tokyo office, May 2023 to February 2024 in English and Japanese, are one story; the 2024 summit
 * report is another. The fit requires the seed reports to form one story.
 */
export const DEMO_STORY_LABELS: Readonly<Record<string, string>> = {
  'cl-88121': 'office',
  'cl-88190': 'office',
  'pw-2023-05-10-envoy': 'office',
  'pw-2023-06-07-macron': 'office',
  'pw-2024-02-12-jones': 'office',
  'td-5521': 'office',
  'pw-2024-07-10-summit': 'summit',
};
