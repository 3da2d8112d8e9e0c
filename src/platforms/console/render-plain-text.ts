import type { Reply, ReplyItem, ReplyQuote, ReplySection } from '../../core/reply/reply.js';

/** Columns the console wraps at: wide enough for a headline, narrow enough for a split pane. */
export const CONSOLE_WIDTH = 100;

/**
 * A Reply as terminal text, wrapped at `width` columns. Everything in a Reply is plain text, so
 * the only thing to neutralise is what a terminal would act on: escape sequences and other
 * control characters from feed text are removed (a title could otherwise recolour or clear the
 * screen). Mentions such as @everyone mean nothing in a terminal and pass through as they are.
 */
export function renderPlainText(reply: Reply, width = CONSOLE_WIDTH): string {
  const lines: string[] = [];
  const add = (text: string, indent = '') => lines.push(...wrap(clean(text), width, indent));
  if (reply.title) add(reply.tone === 'error' ? `! ${reply.title}` : reply.title);
  if (reply.url) add(`<${reply.url}>`, '  ');
  if (reply.text) add(reply.text);
  for (const section of reply.sections) renderSection(section, add, lines);
  if (reply.footer) {
    lines.push('');
    add(reply.footer);
  }
  return `${lines.join('\n')}\n`;
}

type Add = (text: string, indent?: string) => void;

function renderSection(section: ReplySection, add: Add, lines: string[]): void {
  lines.push('');
  if (section.heading) {
    add(section.heading);
    lines.push('-'.repeat(Math.min(clean(section.heading).length, CONSOLE_WIDTH)));
  }
  if (section.text) add(section.text);
  for (const field of section.fields ?? []) {
    add(`${field.label}: ${field.mention === 'channel' ? '#' : ''}${field.value}`);
  }
  for (const item of section.items ?? []) renderItem(item, add);
  for (const quote of section.quotes ?? []) renderQuote(quote, add);
}

function renderItem(item: ReplyItem, add: Add): void {
  add(`* ${item.text}`, '  ');
  for (const line of item.detail?.split('\n') ?? []) add(`  ${line}`, '  ');
  if (item.url) add(`  <${item.url}>`, '  ');
}

function renderQuote(quote: ReplyQuote, add: Add): void {
  add(`> "${quote.text}"`, '  ');
  const title = quote.speakerTitle ?? null;
  const who = quote.speaker
    ? [quote.speaker, title].filter(Boolean).join(', ')
    : (title ?? 'speaker not named');
  const when = quote.publishedAt ? `, ${quote.publishedAt.slice(0, 10)}` : '';
  add(`  -- ${who} (${quote.source}${when}) <${quote.url}>`, '    ');
}

/** Removes terminal escape sequences (ESC [ ... letter) and control characters other than newline. */
function clean(text: string): string {
  return text.replace(/\p{Cc}\[[0-9;?]*[ -/]*[@-~]/gu, '').replace(/[^\P{Cc}\n]/gu, '');
}

/** Wraps at word boundaries; a word longer than the line (a URL) gets a line of its own. */
function wrap(text: string, width: number, indent: string): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    const lead = /^\s*/.exec(paragraph)?.[0] ?? '';
    let line = lead;
    for (const word of paragraph.trim().split(/\s+/)) {
      if (line.trim() === '') line += word;
      else if (line.length + 1 + word.length <= width) line += ` ${word}`;
      else {
        out.push(line);
        line = `${indent}${lead}${word}`;
      }
    }
    out.push(line);
  }
  return out;
}
