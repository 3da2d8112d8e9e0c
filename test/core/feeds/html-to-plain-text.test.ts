import { describe, expect, it } from 'vitest';
import { htmlToPlainText } from '../../../src/core/feeds/html-to-plain-text.js';

describe('htmlToPlainText', () => {
  it('keeps the article’s words and paragraphs, and drops what is not article text', () => {
    const html = `<p>Allies met in <a href="https://example.org">Brussels</a>.</p>
      <script>track()</script><style>p{}</style><noscript>Enable JavaScript</noscript>
      <iframe src="https://video.example/embed"></iframe><svg><text>Chart</text></svg>
      <form><button>Subscribe</button></form>
      <figure><img src="a.jpg" alt="photo"><figcaption>The summit hall</figcaption></figure>
      <blockquote><p>“We will not be divided,” the minister said.</p></blockquote>
      <p>Tokyo&nbsp;&nbsp;responded &amp; &#8220;welcomed&#8221; it.</p>`;
    expect(htmlToPlainText(html)).toBe(
      'Allies met in Brussels.\n\nThe summit hall\n\n“We will not be divided,” the minister said.\n\nTokyo responded & “welcomed” it.',
    );
  });

  it('returns text without markup as it is, trimmed', () => {
    expect(htmlToPlainText('  NATO opens an office  ')).toBe('NATO opens an office');
  });

  it('keeps line breaks and list items', () => {
    expect(htmlToPlainText('<p>One<br>Two</p><ul><li>first</li><li>second</li></ul>')).toBe(
      'One\nTwo\n\n* first\n* second',
    );
  });

  it('converts a body of megabytes whole, every paragraph once and in order', () => {
    const paragraphs = Array.from(
      { length: 12_000 },
      (_, n) => `Paragraph ${n}: the envoys met “again” & talked until late.`,
    );
    const html = `<div class="article">${paragraphs.map((p) => `<p>${p.replace('&', '&amp;')}</p>`).join('\n')}</div>`;
    expect(html.length).toBeGreaterThan(500_000);
    expect(htmlToPlainText(html).split('\n\n')).toEqual(paragraphs);
  });
});
