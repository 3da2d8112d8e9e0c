import type { Archive } from '../../src/core/archive/archive.js';
import {
  type ArchiveStoryRecords,
  createStoryAssigner,
} from '../../src/core/stories/create-story-assigner.js';
import { storedArticle } from '../../test/fixtures/commands/stored-article.js';
import type { createReports } from './story-reports.js';

/** The story benches' way through the archive, as the ingest goes: assign, then store the article. */
type Report = ReturnType<ReturnType<typeof createReports>>;

/** The assigner as the app builds it on an archive (`records` in place of its own, to count reads). */
export const assignerOn = (archive: Archive, records: Partial<ArchiveStoryRecords> = {}) =>
  createStoryAssigner({
    values: archive.values,
    storyIndex: archive.storyIndex,
    recentStories: archive.articles.recentStories,
    ...records,
  });

/** Stores the report with the story it joined, as the ingest does after assigning it. */
export const storeArticle = (archive: Archive, report: Report, storyId: string) =>
  archive.transaction(() =>
    archive.articles.put(
      storedArticle({ ...report, outlet: Number(report.source.slice('outlet-'.length)), storyId }),
    ),
  );

/** Assigns the report and stores it (a fill, untimed). */
export async function ingest(archive: Archive, assigner: ReturnType<typeof assignerOn>, report: Report) {
  const { story } = await archive.transaction(() => assigner.assign(report));
  await storeArticle(archive, report, story.id);
}
