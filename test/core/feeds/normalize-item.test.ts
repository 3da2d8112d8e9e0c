import { describe, expect, it } from 'vitest';
import { normalizeItem } from '../../../src/core/feeds/normalize-item.js';

const now = new Date('2024-08-01T00:00:00.000Z');
const feed = { url: 'https://feeds.example/rss', title: 'Example Wire' };

describe('normalizeItem', () => {
  it('reads fields that xml2js left as objects or arrays', () => {
    const item = normalizeItem(
      {
        title: { _: 'Summit &amp; talks', $: { type: 'html' } },
        link: ['https://a.example/1'],
        guid: { _: 'g-1' },
      },
      feed,
      now,
    );
    expect(item).toMatchObject({ title: 'Summit & talks', url: 'https://a.example/1', guid: 'g-1' });
  });

  it('drops a right-to-left override and other invisible characters from a title', () => {
    const title = normalizeItem(
      { title: 'Minister\u202E says\u200B yes\u0007', link: 'https://a.example/2' },
      feed,
      now,
    )?.title;
    expect(title).toBe('Minister says yes');
  });

  it('takes a GUID that is a URL as the link when there is no <link>', () => {
    expect(normalizeItem({ title: 'x', guid: 'https://a.example/permalink' }, feed, now)?.url).toBe(
      'https://a.example/permalink',
    );
  });

  it('skips an item whose only link is not http(s)', () => {
    expect(normalizeItem({ title: 'x', link: 'javascript:alert(1)' }, feed, now)).toBeNull();
  });

  it('resolves a relative link of a local file feed against the site link', () => {
    const local = { url: '/srv/feeds/demo.xml', title: 'Demo', link: 'https://demo.example/' };
    expect(normalizeItem({ title: 'x', link: 'news/1' }, local, now)?.url).toBe(
      'https://demo.example/news/1',
    );
    expect(
      normalizeItem({ title: 'x', link: 'news/1' }, { url: '/srv/feeds/demo.xml', title: 'Demo' }, now),
    ).toBeNull();
  });

  it('titles an untitled item with the start of its text', () => {
    const item = normalizeItem(
      { link: 'https://a.example/2', content: '<p>Ministers met in Brussels.</p><p>More.</p>' },
      feed,
      now,
    );
    expect(item?.title).toBe('Ministers met in Brussels.');
  });

  it('uses the item’s own language over the feed’s', () => {
    const item = normalizeItem(
      { title: '日米首脳会談', link: 'https://a.example/3', language: 'ja' },
      { ...feed, language: 'zh' },
      now,
    );
    expect(item?.language).toBe('ja');
  });
});
