import { describe, expect, it } from 'vitest';
import { canonicalizeUrl } from '../../../src/core/dedup/canonical-url.js';

describe('canonicalizeUrl', () => {
  it.each([
    [
      'scheme and host are lower-cased',
      'HTTPS://News.Example.COM/World/Story',
      'https://news.example.com/World/Story',
    ],
    ['the default https port is dropped', 'https://example.com:443/a', 'https://example.com/a'],
    ['the default http port is dropped', 'http://example.com:80/a', 'http://example.com/a'],
    ['a non-default port is kept', 'https://example.com:8443/a', 'https://example.com:8443/a'],
    [
      'utm_* tags are dropped',
      'https://example.com/a?utm_source=x&utm_medium=rss&UTM_Campaign=y',
      'https://example.com/a',
    ],
    ['fbclid and gclid are dropped', 'https://example.com/a?fbclid=abc&gclid=def', 'https://example.com/a'],
    ['the fragment is dropped', 'https://example.com/a#comments', 'https://example.com/a'],
    [
      'remaining query parameters are sorted',
      'https://example.com/a?z=1&b=2&a=3',
      'https://example.com/a?a=3&b=2&z=1',
    ],
    ['a trailing slash is folded', 'https://example.com/world/nato/', 'https://example.com/world/nato'],
    ['the root keeps its slash', 'https://example.com', 'https://example.com/'],
    [
      'an /amp/ path segment is folded',
      'https://example.com/amp/world/nato-office',
      'https://example.com/world/nato-office',
    ],
    [
      'a trailing /amp is folded',
      'https://example.com/world/nato-office/amp',
      'https://example.com/world/nato-office',
    ],
    [
      'a .amp.html page is folded',
      'https://example.com/world/nato-office.amp.html',
      'https://example.com/world/nato-office.html',
    ],
    [
      'an amp. host prefix is folded',
      'https://amp.example.com/world/nato-office',
      'https://example.com/world/nato-office',
    ],
    [
      '?amp=1 is folded',
      'https://example.com/world/nato-office?amp=1',
      'https://example.com/world/nato-office',
    ],
    [
      'outputType=amp is folded',
      'https://example.com/world/a?outputType=amp&id=7',
      'https://example.com/world/a?id=7',
    ],
    ['input that is not a URL is returned trimmed', '  /relative/path  ', '/relative/path'],
  ])('%s', (_rule, input, expected) => {
    expect(canonicalizeUrl(input)).toBe(expected);
  });

  it('gives every variant of one article the same string', () => {
    const variants = [
      'https://www.example.com/2024/07/nato-tokyo-office/?utm_source=twitter',
      'HTTPS://WWW.EXAMPLE.COM:443/2024/07/nato-tokyo-office#top',
      'https://www.example.com/2024/07/nato-tokyo-office/amp/',
      'https://www.example.com/2024/07/nato-tokyo-office?fbclid=1',
    ];
    expect(new Set(variants.map(canonicalizeUrl))).toEqual(
      new Set(['https://www.example.com/2024/07/nato-tokyo-office']),
    );
  });

  it('keeps parameters that identify the article', () => {
    expect(canonicalizeUrl('https://example.com/article.php?id=42&page=2')).toBe(
      'https://example.com/article.php?id=42&page=2',
    );
  });

  it('does not fold a word that merely contains amp', () => {
    expect(canonicalizeUrl('https://example.com/camp/ampere')).toBe('https://example.com/camp/ampere');
  });
});
