import { describe, expect, it } from 'vitest';
import { decodeFeedBytes } from '../../../src/core/feeds/decode-feed-bytes.js';
import { readFeed } from '../../../src/core/feeds/read-feed.js';
import { fixtureBytes } from './feed-fixtures.js';

const now = new Date('2024-08-01T00:00:00Z');

describe('decodeFeedBytes', () => {
  it('decodes Shift_JIS named in the XML declaration', async () => {
    const feed = await readFeed(decodeFeedBytes(fixtureBytes('shift-jis.xml')), 'sjis', now);
    expect(feed.title).toBe('防衛ニュース（Shift_JIS）');
    expect(feed.items[0]?.title).toBe('NATO東京連絡事務所、開設へ調整');
    expect(feed.items[0]?.language).toBe('ja');
  });

  it('decodes EUC-JP named in the XML declaration', async () => {
    const feed = await readFeed(decodeFeedBytes(fixtureBytes('euc-jp.xml')), 'eucjp', now);
    expect(feed.items[0]?.text).toBe('北大西洋条約機構（NATO）は日本との安全保障協力を強める方針だ。');
  });

  it('decodes Shift_JIS named only in the Content-Type header', () => {
    const text = decodeFeedBytes(
      fixtureBytes('shift-jis-undeclared.xml'),
      'application/rss+xml; charset="Shift_JIS"',
    );
    expect(text).toContain('<title>NATO東京連絡事務所、開設へ調整</title>');
  });

  it('decodes windows-1252 punctuation and accents', () => {
    const text = decodeFeedBytes(fixtureBytes('windows-1252.xml'));
    expect(text).toContain('Paris “cautious” on NATO’s office in Tokyo — café talk');
    expect(text).toContain('Le Bulletin – Défense');
  });

  it('lets a byte-order mark win over a declaration that contradicts it', () => {
    const body = '<?xml version="1.0" encoding="iso-8859-1"?><rss/>';
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${body}日本`, 'utf16le')]);
    expect(decodeFeedBytes(utf16)).toBe(`${body}日本`);
  });

  it('decodes UTF-32 with a byte-order mark', () => {
    const bytes = new Uint8Array(4 * 4);
    const view = new DataView(bytes.buffer);
    for (const [index, code] of [0xfeff, 0x3c, 0x65e5, 0x3e].entries())
      view.setUint32(index * 4, code, false);
    expect(decodeFeedBytes(bytes)).toBe('<日>');
  });

  it('recognises UTF-32 and UTF-16 without a byte-order mark by the NULs around the first "<"', () => {
    const text = '<?xml version="1.0"?><rss/>';
    const utf32le = new Uint8Array(text.length * 4);
    for (let index = 0; index < text.length; index++) utf32le[index * 4] = text.charCodeAt(index);
    expect(decodeFeedBytes(utf32le)).toBe(text);
    expect(decodeFeedBytes(Buffer.from(text, 'utf16le'))).toBe(text);
  });

  it('ignores a UTF-16 declaration on bytes that are plainly ASCII-compatible', () => {
    const text = '<?xml version="1.0" encoding="utf-16"?><rss><channel><title>Café</title></channel></rss>';
    expect(decodeFeedBytes(Buffer.from(text), 'text/xml; charset=utf-16')).toBe(text);
  });

  it('skips an unknown charset label and falls back to UTF-8', () => {
    expect(
      decodeFeedBytes(
        Buffer.from('<?xml version="1.0" encoding="bogus"?><t>é</t>'),
        'text/xml; charset=x-fake',
      ),
    ).toBe('<?xml version="1.0" encoding="bogus"?><t>é</t>');
  });

  it('recognises undeclared Shift_JIS and EUC-JP by their kana', async () => {
    const sjis = fixtureBytes('shift-jis-undeclared.xml');
    expect(decodeFeedBytes(sjis)).toContain(
      '<description>北大西洋条約機構（NATO）は日本との安全保障協力を強める方針だ。',
    );
    const eucWithoutDeclaration = Buffer.from(
      fixtureBytes('euc-jp.xml').toString('latin1').replace(' encoding="EUC-JP"', ''),
      'latin1',
    );
    expect(decodeFeedBytes(eucWithoutDeclaration)).toContain('<title>NATO東京連絡事務所、開設へ調整</title>');
  });

  it('does not mistake Latin-1 text for Japanese', () => {
    const latin1 = Buffer.from(
      '<t>Le ministre a déclaré à Tōkyō: « réunion très àttendue » — Élysée</t>',
      'latin1',
    );
    expect(decodeFeedBytes(latin1)).toContain('déclaré à');
  });

  it('reads undeclared bytes that are not UTF-8 as windows-1252', () => {
    expect(decodeFeedBytes(Buffer.from([0x3c, 0x74, 0x3e, 0xe9, 0x3c]))).toBe('<t>é<');
  });

  it('drops a UTF-8 byte-order mark', () => {
    expect(decodeFeedBytes(Buffer.from([0xef, 0xbb, 0xbf, 0x3c, 0x72, 0x3e]))).toBe('<r>');
  });
});
