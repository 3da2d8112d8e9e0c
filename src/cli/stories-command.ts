import type { NewsbotApp } from '../app/create-app.js';
import { type CliOutput, printJson } from './cli-output.js';

/** `newsbot stories`: every story, most recently active first. */
export async function storiesCommand(app: NewsbotApp, output: CliOutput, json: boolean): Promise<void> {
  const stories = await app.stories.all();
  if (json) {
    return printJson(output, {
      stories: stories.map(({ id, title, firstSeen, lastSeen, articleIds, sources }) => ({
        id,
        title,
        firstSeen,
        lastSeen,
        articleIds,
        sources,
      })),
    });
  }
  if (stories.length === 0)
    return output.out('No stories yet: ingest some feeds first (newsbot ingest <feed>).');
  for (const story of stories) {
    const span = `${story.firstSeen.slice(0, 10)} → ${story.lastSeen.slice(0, 10)}`;
    output.out(
      `${story.id}  ${span}  ${story.articleIds.length} article(s), ${story.sources.length} source(s)`,
    );
    output.out(`    ${story.title}`);
  }
}
