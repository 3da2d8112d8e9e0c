import { describe, expect, it } from 'vitest';
import { renderPlainText } from '../../../src/platforms/console/render-plain-text.js';

describe('plain-text replies', () => {
  it('wraps long lines at word boundaries within 100 columns, indenting continuations', () => {
    const words = Array.from({ length: 60 }, (_, index) => `word${index}`).join(' ');
    const out = renderPlainText({ sections: [{ items: [{ text: words }] }], ephemeral: false });
    const lines = out.trimEnd().split('\n').slice(1);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(100);
    expect(lines[1]?.startsWith('  word')).toBe(true);
    expect(lines.join(' ').replace(/\s+/g, ' ').trim()).toBe(`* ${words}`);
  });

  it('removes terminal escape sequences and control characters from feed text', () => {
    const out = renderPlainText({
      title: '\u001b[2J\u001b[31mRed alert\u0007 headline\u001b[0m',
      sections: [],
      ephemeral: false,
    });
    expect(out).toBe('Red alert headline\n');
  });

  it('shows quotes with the speaker, their title, the source, the date and the link', () => {
    const out = renderPlainText({
      sections: [
        {
          quotes: [
            {
              text: 'We will keep talking.',
              speaker: 'Jens Stoltenberg',
              speakerTitle: 'Secretary General',
              source: 'Harbour Times',
              url: 'https://harbour.example/1',
              publishedAt: '2024-05-10T08:00:00Z',
            },
          ],
        },
      ],
      ephemeral: false,
    });
    expect(out).toContain(
      '> "We will keep talking."\n  -- Jens Stoltenberg, Secretary General (Harbour Times, 2024-05-10) <https://harbour.example/1>',
    );
  });
});
