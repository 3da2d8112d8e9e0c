import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type kuromoji from '@sglkc/kuromoji';

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
 * the first call and shared by every later one. Loading takes about 1.3 s and 260 MB (measured
 * on this machine), so it happens only when a Japanese article is actually analysed. It is
 * synchronous so that analysis stays a plain function: the package's own builder is callback
 * based only because it also runs in browsers; on Node the work is reading and inflating the
 * same files, which we do here directly.
 */
export function japaneseMorphology(): JapaneseMorphology {
  if (loaded) return loaded;
  const tokenizer = buildTokenizer();
  loaded = { tokenize: (text) => tokenizer.tokenize(text).map(toMorpheme) };
  return loaded;
}

/** Whether the dictionary has been loaded in this process (for reports and benchmarks). */
export function isJapaneseMorphologyLoaded(): boolean {
  return loaded !== null;
}

interface Dictionaries {
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
      const bytes = gunzipSync(readFileSync(join(root, 'dict', `${name}.dat.gz`)));
      // Inflated into a buffer of its own (75 MB in all): used as it is, not copied.
      const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
      return whole ? bytes.buffer : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    };
    const dic = new Dynamic();
    dic.loadTrie(new Int32Array(file('base')), new Int32Array(file('check')));
    dic.loadTokenInfoDictionaries(
      new Uint8Array(file('tid')),
      new Uint8Array(file('tid_pos')),
      new Uint8Array(file('tid_map')),
    );
    dic.loadConnectionCosts(new Int16Array(file('cc')));
    dic.loadUnknownDictionaries(
      new Uint8Array(file('unk')),
      new Uint8Array(file('unk_pos')),
      new Uint8Array(file('unk_map')),
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

const EMPTY = '*';

function toMorpheme(token: kuromoji.IpadicFeatures): Morpheme {
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
