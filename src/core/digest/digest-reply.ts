import type { Reply, ReplyItem } from '../reply/reply.js';
import type { Digest, DigestStory } from './digest.js';
import { plural } from './plural.js';

/** The digest as every platform posts it: one item per story, then the positions that moved. */
export function digestReply(digest: Digest): Reply {
  const count = digest.stories.length;
  const sections: Reply['sections'] = [{ items: digest.stories.map(storyItem) }];
  if (digest.positionsMoved.length > 0) {
    sections.push({
      heading: 'Positions moved',
      items: digest.positionsMoved.map((move) => ({
        text: `${actorName(move.actor)}: ${move.from} → ${move.to}`,
        detail: `on "${move.storyTitle}" (${move.period})`,
      })),
    });
  }
  return {
    title: `News digest: ${plural(count, 'story', 'stories')}`,
    text: `New since ${digest.since.slice(0, 16).replace('T', ' ')} UTC, most covered first.`,
    sections,
    ephemeral: false,
  };
}

function storyItem(story: DigestStory): ReplyItem {
  const also = story.otherOutlets > 0 ? ` · also reported by ${plural(story.otherOutlets, 'outlet')}` : '';
  const detail = [`${story.source}${also}`, story.lead].filter((line) => line !== '').join('\n');
  return story.url === ''
    ? { text: story.headline, detail }
    : { text: story.headline, url: story.url, detail };
}

const ACRONYMS: Record<string, string> = { nato: 'NATO', us: 'US', eu: 'EU', un: 'UN', uk: 'UK' };

/** An actor key as people write it: "nato" → "NATO", "japan" → "Japan". */
export function actorName(actor: string): string {
  // Keys of several words are written with hyphens ("south-korea" → "South Korea").
  return (
    ACRONYMS[actor] ??
    actor.replace(/(^|-)(\w)/g, (_, dash: string, ch: string) => `${dash ? ' ' : ''}${ch.toUpperCase()}`)
  );
}
