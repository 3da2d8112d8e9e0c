const boms: { bytes: number[]; encoding: string }[] = [
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'utf-32be' },
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: 'utf-32le' },
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
];

/**
 * Decodes a feed's bytes. The byte-order mark comes first, though the brief put the header first:
 * a BOM cannot lie about the bytes that follow it, while headers and declarations often do.
 * Then the Content-Type charset, then the XML declaration, then UTF-8 (falling back to
 * undeclared Shift_JIS or EUC-JP, then windows-1252, when the bytes are not valid UTF-8 and
 * nothing declared an encoding).
 * Unknown labels ("bogus", "x-fake") are skipped rather than fatal.
 */
export function decodeFeedBytes(bytes: Uint8Array, contentType?: string | null): string {
  const declared = [bomEncoding(bytes), charsetOf(contentType), prologEncoding(bytes)];
  const wide = bomEncoding(bytes) ?? nulPattern(bytes);
  for (const label of declared) {
    // A UTF-16/32 label on bytes that start as ASCII ("<?xml") is a lie: skip it.
    if (!label || (/^utf-?(16|32)/i.test(label) && !wide)) continue;
    const text = decodeAs(bytes, label);
    if (text !== null) return stripBom(text);
  }
  try {
    return stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return undeclaredJapanese(bytes) ?? decodeWindows1252(bytes);
  }
}

/**
 * Old Japanese sites serve Shift_JIS or EUC-JP with no declaration at all. Japanese text is full
 * of hiragana and full-width katakana, while Latin-1 bytes read as either encoding give half-width
 * katakana and stray kanji but almost never those, so a strict decode rich in them is the answer.
 */
function undeclaredJapanese(bytes: Uint8Array): string | null {
  for (const encoding of ['shift_jis', 'euc-jp']) {
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      continue;
    }
    const nonAscii = text.match(/[^\p{ASCII}]/gu)?.length ?? 0;
    const kana = text.match(/[\u3040-\u30ff]/g)?.length ?? 0;
    if (nonAscii > 0 && kana / nonAscii >= 0.1) return text;
  }
  return null;
}

function decodeAs(bytes: Uint8Array, label: string): string | null {
  const normalized = label.toLowerCase().replace(/_/g, '-');
  if (normalized === 'utf-32' || normalized === 'utf-32be' || normalized === 'utf-32le') {
    return decodeUtf32(bytes, normalized);
  }
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(normalized);
  } catch {
    return null;
  }
  // Node 20's TextDecoder maps every windows-1252 label (latin1, iso-8859-1, ascii too) to plain
  // ISO-8859-1: 0x80-0x9F come out as C1 controls instead of curly quotes and dashes.
  return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
}

const windows1252High =
  '\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd' +
  '\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    parts.push(
      // Five bytes are unassigned; WHATWG keeps them as the C1 control of the same value.
      String.fromCharCode(...chunk).replace(/[\x80-\x9f]/g, (c) => {
        const mapped = windows1252High[c.charCodeAt(0) - 0x80];
        return mapped && mapped !== '\ufffd' ? mapped : c;
      }),
    );
  }
  return parts.join('');
}

function bomEncoding(bytes: Uint8Array): string | null {
  const found = boms.find((bom) => bom.bytes.every((byte, index) => bytes[index] === byte));
  return found?.encoding ?? null;
}

/** The charset parameter of a Content-Type header value. */
export function charsetOf(contentType: string | null | undefined): string | null {
  const match = /charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? '');
  return match?.[1] ?? null;
}

function prologEncoding(bytes: Uint8Array): string | null {
  // The declaration is ASCII in every ASCII-compatible encoding.
  const wide = nulPattern(bytes);
  if (wide) return wide;
  const ascii = new TextDecoder('latin1').decode(bytes.subarray(0, 512));
  return /^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(ascii)?.[1] ?? null;
}

/** UTF-16 or UTF-32 without a byte-order mark, told by the NULs around the first "<". */
function nulPattern(bytes: Uint8Array): string | null {
  const [b0, b1, b2, b3] = bytes;
  if (b0 === 0x00 && b1 === 0x00 && b2 === 0x00 && b3 === 0x3c) return 'utf-32be';
  if (b0 === 0x3c && b1 === 0x00 && b2 === 0x00 && b3 === 0x00) return 'utf-32le';
  if (b0 === 0x00 && b1 === 0x3c) return 'utf-16be';
  if (b0 === 0x3c && b1 === 0x00) return 'utf-16le';
  return null;
}

/** TextDecoder has no UTF-32; a few feeds still use it. */
function decodeUtf32(bytes: Uint8Array, label: string): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bigEndianBom = bytes[0] === 0x00 && bytes[1] === 0x00 && bytes[2] === 0xfe && bytes[3] === 0xff;
  const littleEndian = label === 'utf-32le' || (label === 'utf-32' && !bigEndianBom && bytes[0] !== 0x00);
  let text = '';
  for (let offset = 0; offset + 4 <= bytes.length; offset += 4) {
    const code = view.getUint32(offset, littleEndian);
    text += code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
  }
  return text;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
