import type { DuplicateMethod } from '../articles/article.js';
import { type ChatPlatform, commandHint } from '../reply/platform-wording.js';
import type { Reply } from '../reply/reply.js';
import type { Explanation } from './explain-item.js';

const METHODS: Record<DuplicateMethod, string> = {
  url: 'the same link in another form',
  guid: 'the same feed id (GUID)',
  text: 'the same text',
  near: 'nearly the same text',
};

/** The explanation in words a person reads, shared by `/why` and `newsbot why`. */
export function explanationReply(explanation: Explanation, platform: ChatPlatform = 'console'): Reply {
  if (explanation.kind === 'never-seen') {
    return {
      title: 'Never seen',
      text: `No feed has delivered ${explanation.url}. Check the link, or whether its feed is followed (${commandHint(platform, ['feeds', 'list'])}).`,
      sections: [],
      ephemeral: false,
    };
  }
  const { article } = explanation;
  const seen = `Seen ${article.firstSeenAt.slice(0, 16).replace('T', ' ')} UTC from ${article.source}.`;
  const base = { url: article.url, sections: [], ephemeral: false } satisfies Partial<Reply>;
  if (explanation.kind === 'not-relevant') {
    return {
      ...base,
      title: `Not relevant: ${article.title}`,
      text: `${seen} Skipped: ${explanation.reason.replace(/\.$/, '')}.`,
    };
  }
  const storyLine = explanation.story
    ? ` It belongs to the story "${explanation.story.title}" (${explanation.story.id}).`
    : '';
  const matched = `Matched: ${article.matchedKeywords.join(', ') || '(none recorded)'}.`;
  if (explanation.kind === 'new') {
    return { ...base, title: `New: ${article.title}`, text: `${seen} ${matched}${storyLine}` };
  }
  const { match, original } = explanation;
  const percent = Math.round(match.similarity * 100);
  const of = original ? `"${original.title}" (${original.source}, ${original.url})` : `article ${match.of}`;
  return {
    ...base,
    title: `Duplicate: ${article.title}`,
    text: `${seen} A copy of ${of}: recognised by ${METHODS[match.method]}, ${percent}% similar.${storyLine}`,
  };
}
