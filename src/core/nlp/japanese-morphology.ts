import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type kuromoji from '@sglkc/kuromoji';
import { compactFeatureStrings } from './japanese-feature-strings.js';

/** One morpheme of Japanese text, with its offset in the text it came from. */
export interface Morpheme {
  surface: string;
  /** Part of speech (IPADIC: 名詞, 動詞, 助詞 ...). */
  pos: string;
  /** IPADIC's finer classes, e.g. ['固有名詞', '人名', '姓'] for a family name. */
  posDetail: readonly string[];
  /** Dictionary form (述べ → 述べる); the surface when the dictionary has none. */
  basic: string;
  /** Katakana reading, or null for words the dictionary does not know (Latin letters, rare names). */
  reading: string | null;
  /** Offset of `surface` in the tokenized text (UTF-16 code units). */
  start: number;
}

/** A loaded morphological analyser: tokenizing is synchronous once the dictionary is in memory. */
export interface JapaneseMorphology {
  tokenize(text: string): Morpheme[];
}

/** The Japanese dictionary (kuromoji's IPADIC) is missing or unreadable. */
export class JapaneseDictionaryError extends Error {
  override readonly name = 'JapaneseDictionaryError';
}

let loaded: JapaneseMorphology | null = null;

/**
 * kuromoji with its IPADIC dictionary, which ships inside the package (no download), loaded on
 * the first call and shared by every later one. Loading takes about half a second and ~95 MB of
 * RSS (measured on this machine: 220 MB before the word map was made compact, see
 * compactTargetMap, and 132 MB before each file was inflated into one buffer and the unknown-word
 * files lost their padding), so it happens only when a Japanese article is analysed. It is
 * synchronous so that analysis stays a plain function: the package's own builder is callback
 * based only because it also runs in browsers; on Node the work is reading and inflating the
 * same files, which we do here directly.
 */
export function japaneseMorphology(): JapaneseMorphology {
  if (loaded) return loaded;
  const tokenizer = buildTokenizer();
  loaded = { tokenize: (text) => tokenizer.tokenize(text).map(morphemeOf) };
  return loaded;
}

/** Whether the dictionary has been loaded in this process (for reports and benchmarks). */
export function isJapaneseMorphologyLoaded(): boolean {
  return loaded !== null;
}

interface Dictionaries {
  token_info_dictionary: { target_map: Readonly<Record<number, ArrayLike<number>>> };
  loadTrie(base: Int32Array, check: Int32Array): void;
  loadTokenInfoDictionaries(info: Uint8Array, pos: Uint8Array, map: Uint8Array): void;
  loadConnectionCosts(costs: Int16Array): void;
  loadUnknownDictionaries(
    ...buffers: [Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint32Array, Uint8Array]
  ): void;
}

function buildTokenizer(): kuromoji.Tokenizer<kuromoji.IpadicFeatures> {
  const require = createRequire(import.meta.url);
  try {
    const root = dirname(require.resolve('@sglkc/kuromoji/package.json'));
    // The same modules kuromoji's own DictionaryLoader fills, in the same order.
    const Dynamic = require(join(root, 'src/dict/DynamicDictionaries.js')) as new () => Dictionaries;
    const Tokenizer = require(join(root, 'src/Tokenizer.js')) as new (
      dic: Dictionaries,
    ) => kuromoji.Tokenizer<kuromoji.IpadicFeatures>;
    const file = (name: string) => {
      const packed = readFileSync(join(root, 'dict', `${name}.dat.gz`));
      const bytes = gunzipSync(packed, { chunkSize: inflatedSize(packed) });
      // Inflated into a buffer of its own (75 MB in all): used as it is, not copied (a copy's
      // original went back to the malloc heap, and stayed in the RSS).
      const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
      return whole ? bytes.buffer : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    };
    const dic = new Dynamic();
    dic.loadTrie(new Int32Array(file('base')), new Int32Array(file('check')));
    const entries = withoutZeroTail(new Uint8Array(file('tid')));
    // Only the fields a Morpheme reads (36 MB -> 25 MB); kuromoji would read the word-to-entries
    // map into an object of arrays (61 MB of heap), so it gets none and the compact map below.
    const features = compactFeatureStrings(entries, new Uint8Array(file('tid_pos')));
    dic.loadTokenInfoDictionaries(entries, features, NO_ENTRIES);
    dic.token_info_dictionary.target_map = compactTargetMap(new Uint8Array(file('tid_map')));
    dic.loadConnectionCosts(new Int16Array(file('cc')));
    dic.loadUnknownDictionaries(
      withoutZeroTail(new Uint8Array(file('unk'))),
      withoutZeroTail(new Uint8Array(file('unk_pos'))),
      withoutZeroTail(new Uint8Array(file('unk_map'))),
      new Uint8Array(file('unk_char')),
      new Uint32Array(file('unk_compat')),
      new Uint8Array(file('unk_invoke')),
    );
    return new Tokenizer(dic);
  } catch (error) {
    throw new JapaneseDictionaryError('the Japanese dictionary (kuromoji IPADIC) could not be loaded', {
      cause: error,
    });
  }
}

/**
 * The bytes without the run of zeros that ends them, but for a few: kuromoji's entry and feature
 * files are padded to a round size (10 MB holding 3.9 MB, 40 MB holding 36 MB; for unknown words
 * 10 MB holding 398 bytes and 10 MB holding 1.6 KB), and its byte buffer reads 0 past the end, as
 * the padding did. The few zeros kept let any read that starts on a written byte end inside the
 * buffer (the widest read is 4 bytes), so every read is unchanged.
 */
function withoutZeroTail(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end -= 1;
  return bytes.slice(0, Math.min(bytes.length, end + 8));
}

/**
 * A gzip file's inflated size, from its trailer (ISIZE: the size modulo 4 GiB, exact for these).
 * Inflating into one buffer of that size, where zlib's default 16 KB pieces were concatenated,
 * leaves no pieces behind: the malloc heap kept ~57 MB of them in the process's RSS for good.
 */
function inflatedSize(packed: Buffer): number {
  // zlib's smallest piece is 64 bytes; a wrong size only means more pieces, as before.
  return Math.max(64, packed.readUInt32LE(packed.byteLength - 4));
}

/** A target map file that holds no entry (its count, 0): what kuromoji reads in place of the real one. */
const NO_ENTRIES = new Uint8Array(4);

/**
 * IPADIC's map from a trie word to its dictionary entries (325,871 words, 392,126 entries) as two
 * typed arrays of 3 MB: the entries of word k are `entries[starts[k]] .. entries[starts[k + 1] - 1]`.
 * kuromoji's lattice builder reads it as `target_map[wordId]` (an array of entry offsets), so a
 * Proxy answers that read with a view of the word's entries, in the order the file lists them.
 * The file is kuromoji's (tid_map.dat): a count, then for each word its id, the number of its
 * entries and the entries, little-endian 32-bit integers; a word may be listed more than once.
 */
export function compactTargetMap(bytes: Uint8Array): Readonly<Record<number, Int32Array>> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const records = (visit: (word: number, at: number, count: number) => void) => {
    for (let at = 4; at + 8 <= bytes.byteLength; ) {
      const word = view.getInt32(at, true);
      const count = Math.min(view.getInt32(at + 4, true), (bytes.byteLength - at - 8) >> 2);
      visit(word, at + 8, count);
      at += 8 + 4 * count;
    }
  };
  let lastWord = 0;
  records((word) => {
    lastWord = Math.max(lastWord, word);
  });
  const starts = new Int32Array(lastWord + 2);
  records((word, _, count) => {
    starts[word + 1] = (starts[word + 1] as number) + count;
  });
  for (let word = 1; word < starts.length; word += 1)
    starts[word] = (starts[word] as number) + (starts[word - 1] as number);
  const entries = new Int32Array(starts[lastWord + 1] as number);
  const filled = starts.slice(0, lastWord + 1);
  records((word, at, count) => {
    for (let i = 0; i < count; i += 1) {
      entries[filled[word] as number] = view.getInt32(at + 4 * i, true);
      filled[word] = (filled[word] as number) + 1;
    }
  });
  const none = new Int32Array(0);
  return new Proxy({} as Record<number, Int32Array>, {
    get: (_, key) => {
      const word = typeof key === 'string' ? Number(key) : Number.NaN;
      if (!(word >= 0 && word <= lastWord)) return none;
      return entries.subarray(starts[word], starts[word + 1]);
    },
  });
}

const EMPTY = '*';

/** A kuromoji token as a Morpheme (exported for the test that compares with kuromoji's own loader). */
export function morphemeOf(token: kuromoji.IpadicFeatures): Morpheme {
  const details = [token.pos_detail_1, token.pos_detail_2, token.pos_detail_3].filter(
    (detail) => detail && detail !== EMPTY,
  );
  return {
    surface: token.surface_form,
    pos: token.pos,
    posDetail: details,
    basic: token.basic_form && token.basic_form !== EMPTY ? token.basic_form : token.surface_form,
    reading: token.reading && token.reading !== EMPTY ? token.reading : null,
    // kuromoji counts positions from 1.
    start: token.word_position - 1,
  };
}
