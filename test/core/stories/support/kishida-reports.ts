import { englishReport } from './english-report.js';

/** Two English reports of one event (Kishida before the US Congress, a day apart), for assigner tests. */
const report = englishReport;

export const KISHIDA_SPEECH = report(
  'r1',
  '2024-04-10T08:00:00Z',
  'Kishida addresses US Congress on Indo-Pacific security',
  'Prime Minister Fumio Kishida told a joint meeting of the US Congress that Japan stands with America as a global partner, urging lawmakers not to retreat from the Indo-Pacific.',
);
export const KISHIDA_FOLLOW_UP = report(
  'r2',
  '2024-04-11T09:00:00Z',
  'In Congress speech, Kishida urges Americans to keep faith with allies',
  'Speaking to US lawmakers on Capitol Hill, Kishida said Japan was ready to shoulder more of the burden of Indo-Pacific security.',
);
/** Another event the same days. */
export const FISHERIES_DEAL = report(
  'r3',
  '2024-04-10T09:00:00Z',
  'Wellington signs fisheries deal with Pacific island states',
  'New Zealand signed a fisheries management agreement with twelve Pacific island countries on Wednesday.',
);
