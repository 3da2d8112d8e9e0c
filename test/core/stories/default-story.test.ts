import { describe, expect, it } from 'vitest';
import type { CliOutput } from '../../../src/cli/cli-output.js';
import { positionsCommand } from '../../../src/cli/positions-command.js';
import { ingestLabelled } from '../../fixtures/stories/ingest-labelled.js';
import { withProductionApp } from './production-stories.js';

const report = (
  key: string,
  story: string,
  source: string,
  publishedAt: string,
  title: string,
  text: string,
) => ({
  key,
  story,
  source,
  language: 'en' as const,
  publishedAt,
  title,
  text,
});

/** One event reported by two outlets, then a newer event reported by one. */
const covered = [
  report(
    'congress-1',
    'congress',
    'Wire One',
    '2024-04-10T08:00:00Z',
    'Kishida addresses US Congress on Indo-Pacific security',
    'Prime Minister Fumio Kishida told a joint meeting of the US Congress that Japan stands with America as a global partner, urging lawmakers not to retreat from the Indo-Pacific as China grows more assertive.',
  ),
  report(
    'congress-2',
    'congress',
    'Paper Two',
    '2024-04-11T09:00:00Z',
    'In Congress speech, Kishida urges Americans to keep faith with allies',
    'Speaking to US lawmakers on Capitol Hill, Kishida said Japan was ready to shoulder more of the burden of Indo-Pacific security and warned that China poses an unprecedented challenge.',
  ),
];
const newer = report(
  'fisheries',
  'fisheries',
  'Paper Three',
  '2024-04-13T10:00:00Z',
  'New Zealand and Japan sign fisheries security pact',
  'New Zealand and Japan signed a maritime security agreement on Saturday, promising joint patrols against illegal fishing in the South Pacific.',
);

const capture = (): CliOutput & { text: () => string } => {
  const lines: string[] = [];
  return {
    out: (text) => lines.push(text),
    err: () => undefined,
    interactive: false,
    text: () => lines.join('\n'),
  };
};

describe('the default story of `newsbot positions`', () => {
  it('without --story, positions reports the most covered recent story, not the newest one', async () => {
    const { positions, coveredStories, newestStory } = await withProductionApp(async (app) => {
      const scored = await ingestLabelled(app.pipeline, app.articles, [...covered, newer]);
      const output = capture();
      await positionsCommand(app, output, { json: true });
      return {
        positions: JSON.parse(output.text()) as { story: { id: string; title: string } },
        coveredStories: new Set(
          scored.filter((item) => item.label === 'congress').map((item) => item.cluster),
        ),
        newestStory: scored.find((item) => item.label === 'fisheries')?.cluster,
      };
    });
    expect(coveredStories.size).toBe(1);
    expect(newestStory).toBeDefined();
    expect(coveredStories.has(newestStory ?? '')).toBe(false);
    expect(coveredStories.has(positions.story.id)).toBe(true);
  });
});
