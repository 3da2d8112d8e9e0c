import type { Reply } from '../../core/reply/reply.js';
import { fitEscaped } from './fit-slack-text.js';
import { renderReplyBlocks } from './render-reply-blocks.js';
import {
  contextBlock,
  SLACK_LIMITS,
  type SlackBlock,
  type SlackMessage,
  sectionBlock,
} from './slack-blocks.js';

export interface RenderOptions {
  /**
   * Past this many messages the answer is truncated with a marker instead of split further.
   * Three keeps a late answer within the five posts a response_url accepts.
   */
  maxMessages?: number;
}

/**
 * Renders a reply as one or more Slack messages: within 50 blocks each, escaped, with a text
 * fallback. A long answer continues in a second message; past `maxMessages` (3) it is cut at a
 * block boundary and says how much was left out.
 */
export function renderSlackReply(reply: Reply, options: RenderOptions = {}): SlackMessage[] {
  const maxMessages = Math.max(1, options.maxMessages ?? 3);
  const { blocks, footer } = renderReplyBlocks(reply);
  const tail = footer === null ? [] : [footer];
  const fallback = fallbackText(reply);
  // Slack refuses an empty blocks list: an empty reply still says something.
  const body = blocks.length > 0 ? blocks : [sectionBlock(fallback)];
  const pages = paginate([...body, ...tail], maxMessages);
  const responseType = reply.ephemeral ? 'ephemeral' : 'in_channel';
  return pages.map((page, index) => ({
    text: index === 0 ? fallback : `${fallback} (continued)`,
    blocks: page,
    response_type: responseType,
  }));
}

function paginate(blocks: SlackBlock[], maxMessages: number): SlackBlock[][] {
  const per = SLACK_LIMITS.blocksPerMessage;
  if (blocks.length <= per * maxMessages) {
    const pages: SlackBlock[][] = [];
    for (let at = 0; at < blocks.length; at += per) pages.push(blocks.slice(at, at + per));
    return pages;
  }
  // Keep room for the marker in the last message.
  const kept = blocks.slice(0, per * maxMessages - 1);
  const left = blocks.length - kept.length;
  kept.push(
    contextBlock(
      `… ${left} more ${left === 1 ? 'part' : 'parts'} not shown: narrow the question to see them.`,
    ),
  );
  return paginate(kept, maxMessages);
}

function fallbackText(reply: Reply): string {
  const source = reply.title ?? reply.text ?? reply.sections[0]?.heading ?? 'News';
  const text = fitEscaped(source.replace(/\s+/g, ' ').trim(), SLACK_LIMITS.fallbackText);
  return reply.tone === 'error' ? `⚠️ ${text}` : text;
}
